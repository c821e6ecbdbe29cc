package io.newsgraph.limits;

/**
 * What a GraphQL document asks of the server, measured before it runs. {@code repeatedDirective} names the first
 * directive given twice at one place ("@aa on field '__typename'"), or is null.
 */
public record QueryCost(int depth, int aliases, int fields, int directives, long cost, String repeatedDirective) {}
