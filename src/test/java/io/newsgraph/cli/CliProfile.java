package io.newsgraph.cli;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The command line tests load bundles into a database of their own. */
public class CliProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:cli;DB_CLOSE_DELAY=-1");
    }
}
