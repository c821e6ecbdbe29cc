package io.newsgraph.filter;

import io.newsgraph.statement.StatementFilter;
import org.eclipse.microprofile.graphql.Description;

@Description(
        "Conditions on related statements: at least one matches (`some`), none matches (`none`), all match (`every`).")
public record StatementQuantifier(StatementFilter some, StatementFilter none, StatementFilter every) {}
