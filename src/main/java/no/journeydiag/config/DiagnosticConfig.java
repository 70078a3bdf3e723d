package no.journeydiag.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings, all under {@code diagnostic.}; each key is listed in the README. */
@ConfigMapping(prefix = "diagnostic")
public interface DiagnosticConfig {

    /** Directory of the embedded H2 database files (used by the default datasource URL). */
    @WithDefault("./data")
    String dataDir();

    /** Questionnaire files. */
    Questionnaires questionnaires();

    /** The public API. */
    Api api();

    /** Drafts: answers saved step by step. */
    Drafts drafts();

    /** Absolute base URL of the service (e.g. https://diagnostic.example.com) used in report links; relative links when absent. */
    Optional<String> publicBaseUrl();

    interface Questionnaires {
        /** Directory whose *.yaml files are loaded and validated at start-up. */
        @WithDefault("questionnaires")
        String dir();
    }

    interface Drafts {
        /** How long an untouched draft is kept before it is deleted (ISO-8601 duration, e.g. P30D). */
        @WithDefault("P30D")
        java.time.Duration ttl();
    }

    interface Api {
        /** Largest request body accepted, in bytes; larger requests get 413. */
        @WithDefault("65536")
        int maxBodyBytes();
    }
}
