package io.newsgraph.pg;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * When the build runs the suite against PostgreSQL (system property {@code newsgraph.test.pg-url}, set by the
 * {@code postgres-tests} Surefire execution), points the app at a schema of its own, created empty and dropped when
 * the test JVM exits, so concurrent builds on one server never see each other's rows. On H2 it does nothing.
 */
@QuarkusTestResource(FreshSchema.class)
public class FreshSchema implements QuarkusTestResourceLifecycleManager {
    static final String URL_PROPERTY = "newsgraph.test.pg-url";

    @Override
    public Map<String, String> start() {
        String url = System.getProperty(URL_PROPERTY);
        return url == null || url.isBlank() ? Map.of() : IsolatedDatabase.named("test");
    }

    @Override
    public void stop() {}
}
