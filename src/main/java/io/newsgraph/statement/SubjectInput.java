package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Name;

/** What a statement is about: exactly one of an event slug or an actor slug. */
@Name("SubjectInput")
public record SubjectInput(String event, String actor) {}
