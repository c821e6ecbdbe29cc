package io.newsgraph.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows in /q/health/ready how this instance hears about writes. Always up: an instance whose listener is
 * reconnecting still serves queries and writes; only its subscribers miss changes meanwhile.
 */
@Readiness
@ApplicationScoped
public class LiveUpdatesHealth implements HealthCheck {
    @Inject
    LiveUpdates live;

    @Inject
    PostgresListener listener;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("live-updates").up();
        if (!live.throughPostgres()) {
            return response.withData("delivery", "in-process").build();
        }
        response.withData("delivery", "postgresql-notify").withData("listening", listener.isListening());
        if (listener.channelName() != null) {
            response.withData("channel", listener.channelName());
        }
        return response.build();
    }
}
