package io.newsgraph.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.jboss.logging.Logger;

/** Loads the bundled dataset at startup through the regular ingest path; a second start changes nothing. */
@ApplicationScoped
public class SeedLoader {
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    BundleIngester ingester;

    @Inject
    SeedConfig config;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        for (String resource : config.bundles()) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("seed bundle not found on the classpath: " + resource);
                }
                IngestReport report = ingester.ingest(BundleReader.read(in), false);
                LOG.infof("Seed %s: %s", resource, report.counts());
            } catch (IngestException e) {
                throw new IllegalStateException(
                        "The bundled dataset " + resource + " was refused and nothing of it"
                                + " was loaded; fix the file or set newsgraph.seed.enabled=false. " + e.getMessage(),
                        e);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read seed bundle " + resource, e);
            }
        }
    }
}
