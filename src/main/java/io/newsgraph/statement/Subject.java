package io.newsgraph.statement;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Union
@Name("StatementSubject")
@Description("What a statement is about: an event of any kind or an actor.")
public interface Subject {}
