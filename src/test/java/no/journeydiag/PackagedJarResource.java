package no.journeydiag;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Configuration for a @QuarkusIntegrationTest's packaged jar: an admin to sign in with, and a
 * database of its own (H2 files under target/it/, or a PostgreSQL schema).
 */
public class PackagedJarResource implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN_PASSWORD = "packaged-jar-admin-password";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("diagnostic.admin.password", ADMIN_PASSWORD);
        config.put("diagnostic.auth.secure-cookie", "false");
        if (TestDatabase.postgres()) {
            config.putAll(TestDatabase.isolated("packaged_jar"));
            config.put("quarkus.datasource.username", TestDatabase.pgUser());
            config.put("quarkus.datasource.password", TestDatabase.pgPassword());
            config.put("quarkus.flyway.clean-disabled", "false");
        } else {
            Path dir = Path.of("target", "it", "packaged-jar", Long.toString(System.nanoTime()))
                    .toAbsolutePath();
            config.put("diagnostic.data-dir", dir.toString());
        }
        return config;
    }

    @Override
    public void stop() {}
}
