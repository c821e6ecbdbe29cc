package io.newsgraph.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, else a new UUID. It is echoed
 * in the response and put in the logging MDC as {@code requestId}, so every log line of the request carries it.
 */
@ApplicationScoped
public class RequestIdFilter {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        ctx.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }
}
