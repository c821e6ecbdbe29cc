package io.newsgraph.http;

import io.newsgraph.graph.error.ErrorCode;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Credentials that match no user are refused before any GraphQL runs (Quarkus authenticates every request that
 * carries them). Quarkus answers that with a bare 401; a GraphQL client gets the same 401 and challenge with an error
 * that says what to do, UNAUTHENTICATED.
 */
@ApplicationScoped
public class RejectedCredentials {
    void register(@Observes Router router) {
        router.route("/graphql").failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (!(ctx.failure() instanceof AuthenticationFailedException)
                || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "basic"); // the challenge Quarkus sends
        GraphQlErrors.transportError(
                ctx,
                401,
                ErrorCode.UNAUTHENTICATED,
                "The user name or password is wrong"
                        + " (HTTP basic). Reads need no credentials; writes need a user with role editor "
                        + "(docs/security.md:"
                        + " the packaged application has no users until they are configured).");
    }
}
