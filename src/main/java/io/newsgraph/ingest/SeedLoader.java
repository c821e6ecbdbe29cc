package io.newsgraph.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Loads the bundled dataset at startup through the regular ingest path; a second start changes nothing. */
@ApplicationScoped
public class SeedLoader {
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    BundleIngester ingester;
    @ConfigProperty(name = "newsgraph.seed.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "newsgraph.seed.bundles")
    List<String> bundles;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        for (String resource : bundles) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("seed bundle not found on the classpath: " + resource);
                }
                IngestReport report = ingester.ingest(BundleReader.read(in), false);
                LOG.infof("Seed %s: %s", resource, report.counts());
            } catch (IngestException e) {
                throw new IllegalStateException("The bundled dataset " + resource + " was refused and nothing of it"
                        + " was loaded; fix the file or set newsgraph.seed.enabled=false. " + e.getMessage(), e);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read seed bundle " + resource, e);
            }
        }
    }
}
