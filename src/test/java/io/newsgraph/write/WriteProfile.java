package io.newsgraph.write;

import io.newsgraph.pg.IsolatedDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Write tests get a database of their own, so the read tests keep seeing exactly the seed. */
public class WriteProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return IsolatedDatabase.named("writes");
    }
}
