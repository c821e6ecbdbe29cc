package io.newsgraph.cli;

import io.newsgraph.pg.IsolatedDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The command line tests load bundles into a database of their own. */
public class CliProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return IsolatedDatabase.named("cli");
    }
}
