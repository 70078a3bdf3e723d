package no.journeydiag;

import java.util.HashMap;
import java.util.Map;

/**
 * Which database the tests run on: H2 in memory by default, or the PostgreSQL server the
 * {@code postgresql} Maven profile names. Tests that need a database of their own ask for it here,
 * so the same test works on both.
 */
public final class TestDatabase {

    private static final String PG_URL = System.getProperty("journeydiag.test.pg-url", "");

    private TestDatabase() {}

    /** True when the suite runs against PostgreSQL ({@code -Ppostgresql}). */
    public static boolean postgres() {
        return !PG_URL.isBlank();
    }

    public static String pgUrl() {
        return PG_URL;
    }

    public static String pgUser() {
        return System.getProperty("journeydiag.test.pg-user", "diagnostic");
    }

    public static String pgPassword() {
        return System.getProperty("journeydiag.test.pg-password", "diagnostic");
    }

    /**
     * Configuration for a database that only this test profile uses, emptied when the app starts:
     * an in-memory H2 database, or a schema of its own on the PostgreSQL server.
     */
    public static Map<String, String> isolated(String name) {
        return isolated(name, true);
    }

    /**
     * As {@link #isolated(String)}; with {@code fresh} false the data of an earlier start is kept
     * (H2 then keeps it in a file under target/, since an in-memory database ends with its JVM's use).
     */
    public static Map<String, String> isolated(String name, boolean fresh) {
        Map<String, String> config = new HashMap<>();
        if (postgres()) {
            config.put(
                    "quarkus.datasource.jdbc.url",
                    PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + name);
            config.put("quarkus.flyway.schemas", name);
            config.put("quarkus.flyway.clean-at-start", Boolean.toString(fresh));
        } else if (fresh) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        } else {
            config.put(
                    "quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/test-db/" + name + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        return config;
    }
}
