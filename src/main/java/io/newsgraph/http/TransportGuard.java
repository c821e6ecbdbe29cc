package io.newsgraph.http;

import io.newsgraph.graph.error.ErrorCode;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;

/**
 * The HTTP side of GraphQL-over-HTTP, before the body is read: only GET and POST (405 with {@code Allow}); a POST
 * must say it carries JSON (or application/graphql). The content types a browser may send cross-site without a CORS
 * preflight (text/plain, application/x-www-form-urlencoded, multipart/form-data) are refused with 415, which is the
 * CSRF protection: a forged form or {@code fetch(..., {mode: "no-cors"})} cannot reach the executor. A request
 * without Accept, or accepting anything ({@code *}{@code /*}, as curl and fetch send by default), is answered as
 * application/json, as the GraphQL-over-HTTP spec recommends for clients that do not name a GraphQL media type.
 */
@ApplicationScoped
public class TransportGuard {
    private static final Set<String> POST_TYPES = Set.of("application/json", "application/graphql");

    void register(@Observes Router router) {
        router.route("/graphql").order(-250).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.POST.equals(method)) {
            ctx.response().putHeader("Allow", "GET, POST");
            GraphQlErrors.transportError(
                    ctx, 405, ErrorCode.METHOD_NOT_ALLOWED, "Use GET (queries only) or POST for GraphQL requests");
            return;
        }
        if (HttpMethod.POST.equals(method)) {
            String header = ctx.request().getHeader("Content-Type");
            String type = mediaType(header);
            if (!accepted(header)) {
                GraphQlErrors.transportError(
                        ctx,
                        415,
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        (type.isEmpty() ? "A POST needs a Content-Type" : "Content-Type " + type + " is not accepted")
                                + ": send application/json (simple-request types are refused to protect against CSRF)");
                return;
            }
        }
        if (defaultsToJson(ctx.request().getHeader("Accept"))) {
            ctx.request().headers().set("Accept", "application/json");
        }
        ctx.next();
    }

    /** No Accept, or one that names neither JSON media type but takes any ({@code *}{@code /*}, application/*). */
    static boolean defaultsToJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return !lower.contains("application/json")
                && !lower.contains(GraphQlErrors.GRAPHQL_RESPONSE)
                && (lower.contains("*/*") || lower.contains("application/*"));
    }

    /**
     * One of the POST types, or a list of them: Quarkus's GraphiQL sends "application/json, application/json" (its
     * fetcher and the page both set the header, and the browser joins them). A list is no simple request either, so
     * a browser still preflights it cross-site.
     */
    static boolean accepted(String header) {
        if (header == null) {
            return false;
        }
        for (String each : header.split(",", -1)) {
            if (!POST_TYPES.contains(mediaType(each))) {
                return false;
            }
        }
        return true;
    }

    private static String mediaType(String header) {
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
