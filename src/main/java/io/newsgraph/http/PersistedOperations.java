package io.newsgraph.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Operations known by the SHA-256 of their text: the registered ones, graphql/operations/*.graphql, which the build
 * copies to {@code persisted-operations/} on the classpath, and (unless only registered operations are allowed) the
 * ones clients registered automatically, kept in a bounded per-instance cache.
 */
@ApplicationScoped
public class PersistedOperations {
    static final String FOLDER = "persisted-operations";
    private static final Logger LOG = Logger.getLogger(PersistedOperations.class);
    private static final int CACHE_SIZE = 1000;

    private final Map<String, String> registered = new ConcurrentHashMap<>();
    private final Map<String, String> automatic = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    void load(@Observes StartupEvent event) {
        for (String text : registeredTexts()) {
            registered.put(sha256(text), text);
        }
        LOG.infof("%d registered persisted operations", registered.size());
    }

    Optional<String> find(String hash) {
        String text = registered.get(hash);
        return Optional.ofNullable(text != null ? text : automatic.get(hash));
    }

    boolean isRegistered(String text) {
        return registered.containsKey(sha256(text));
    }

    void remember(String hash, String text) {
        automatic.put(hash, text);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> registeredTexts() {
        URL folder = Thread.currentThread().getContextClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            List<String> texts = new ArrayList<>();
            if (folder.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (var entries = jar.entries(); entries.hasMoreElements(); ) {
                        var entry = entries.nextElement();
                        if (entry.getName().startsWith(FOLDER + "/")
                                && entry.getName().endsWith(".graphql")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".graphql")).toList()) {
                        texts.add(Files.readString(file));
                    }
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
