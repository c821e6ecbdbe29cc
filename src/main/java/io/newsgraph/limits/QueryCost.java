package io.newsgraph.limits;

/** What a GraphQL document asks of the server, measured before it runs. */
public record QueryCost(int depth, int aliases, int fields, int directives, long cost) {
}
