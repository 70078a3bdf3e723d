package no.journeydiag.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

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

    /** Time zone in which pages, PDFs and e-mails show times (stored times are UTC), e.g. Europe/Oslo. */
    @WithDefault("Europe/Oslo")
    java.time.ZoneId timeZone();

    /** The first admin account, created at start-up when no admin exists. */
    Admin admin();

    /** Consultant logins and API tokens. */
    Auth auth();

    /** Workshop mode. */
    Workshops workshops();

    /** Whose service this is: name, logo, colour and links on every public page, the PDF and e-mails. */
    Branding branding();

    /** "How you compare" on reports. */
    Compare compare();

    interface Compare {
        /** Fewest completed responses of a questionnaire version before reports compare with them. */
        @WithDefault("30")
        int minResponses();

        /** How long a report may reuse the peer figures it read for a questionnaire version; 0 reads them for every report. */
        @WithDefault("10S")
        java.time.Duration cacheFor();
    }

    /** Storing submissions: one writer commits those that arrive together in one transaction. */
    Submissions submissions();

    interface Submissions {
        /** Group commit on; false stores each submission in its own transaction on its own thread. */
        @WithDefault("true")
        boolean groupCommit();

        /** Submissions that may wait for the writer; beyond that a 503 with Retry-After. */
        @WithDefault("1024")
        int queue();

        /** Most submissions stored in one transaction. */
        @WithDefault("128")
        int maxBatch();
    }

    /** Report pages. */
    Reports reports();

    interface Reports {
        /** Bytes of rendered report pages kept per instance; 0 renders every view. */
        @WithDefault("16777216")
        long pageCacheBytes();

        /** Parsed results kept per instance for report views (a result never changes once stored); 0 reads each view afresh. */
        @WithDefault("1024")
        @jakarta.validation.constraints.PositiveOrZero
        int keptResults();
    }

    /** Embedding in other sites with /embed.js. */
    Embed embed();

    interface Embed {
        /** Origins (scheme://host[:port]) whose pages may frame the embed pages; none by default, so embedding is off. */
        Optional<java.util.List<String>> frameAncestors();
    }

    /** Webhooks: events sent to CRMs and other systems. */
    Webhooks webhooks();

    interface Webhooks {
        /** Named targets, e.g. diagnostic.webhooks.targets.crm.url=https://crm.example.com/hooks/diagnostic. */
        java.util.Map<String, WebhookTarget> targets();

        /** Allow http:// target URLs (https only by default). */
        @WithDefault("false")
        boolean allowHttp();

        /** Allow targets on the loopback address (for tests and local receivers only). */
        @WithDefault("false")
        boolean allowLoopback();

        /** Waits before each retry; the last one repeats until give-up-after has passed. */
        @WithDefault("PT30S,PT2M,PT10M,PT1H,PT6H")
        java.util.List<java.time.Duration> backoff();

        /** How long an event is retried before it is marked failed (an admin can retry it). */
        @WithDefault("PT24H")
        java.time.Duration giveUpAfter();

        /** Connect and response timeout of one delivery attempt. */
        @WithDefault("PT5S")
        java.time.Duration timeout();

        /** How often the sender looks for due deliveries (a scheduler interval such as 5s). */
        @WithDefault("5s")
        String pollEvery();

        /** Deliveries one instance sends at once (events about one result still go one after another, in order). */
        @WithDefault("4")
        @jakarta.validation.constraints.Positive
        int concurrency();

        /** After a secret is rotated in the app, how long the previous one still signs (as a second signature). */
        @WithDefault("PT24H")
        java.time.Duration rotationOverlap();
    }

    interface WebhookTarget {
        /** Where events are POSTed. */
        String url();

        /** Signing secret: whsec_ and base64 of at least 24 bytes (Standard Webhooks), or any 16+ characters. */
        String secret();

        /** Questionnaire ids whose events go here; * for all. */
        @WithDefault("*")
        java.util.List<String> questionnaires();

        /** Event types sent: response.completed, lead.captured. */
        @WithDefault("response.completed,lead.captured")
        java.util.List<String> events();
    }

    /** How long data is kept; unset keeps it until its holder deletes it. */
    Retention retention();

    interface Retention {
        /** Delete responses (with their leads) this many days after they were completed. */
        Optional<Integer> responseDays();

        /** Delete leads this many days after consent was given (the response stays). */
        Optional<Integer> leadDays();
    }

    interface Admin {
        /** Username of the first admin. */
        @WithDefault("admin")
        String username();

        /** Password of the first admin (env DIAGNOSTIC_ADMIN_PASSWORD); in prod an empty or well-known one stops start-up. */
        Optional<String> password();
    }

    interface Auth {
        /** How long a web login lasts (ISO-8601 duration). */
        @WithDefault("PT12H")
        java.time.Duration sessionTimeout();

        /** Mark the session cookie Secure (send it over HTTPS only); on in prod. */
        @WithDefault("false")
        boolean secureCookie();

        /** Failed logins allowed per client address per minute before 429. */
        @WithDefault("10")
        int loginAttemptsPerMinute();
    }

    interface Workshops {
        /** Differences between roles at or above this many points are flagged as perception gaps. */
        @WithDefault("20")
        double gapThreshold();

        /** Wrong join codes allowed per client address per minute before 429. */
        @WithDefault("10")
        int joinAttemptsPerMinute();

        /**
         * Team reports prepared at once per instance; more wait up to 10 s, then get 503. Each holds
         * every participant's answers in memory (a 2,000-person report is several MB).
         */
        @WithDefault("4")
        int concurrentTeamReports();

        /** Team reports each instance keeps ready, for the workshops viewed most recently; remade when a response arrives or goes. */
        @WithDefault("16")
        int keptTeamReports();
    }

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

        /** Origins (scheme://host[:port], exact) whose pages may call /api/v1 from the browser; none by default. */
        Optional<java.util.List<String>> corsOrigins();
    }

    interface Branding {
        /** The organisation's name, in the header, the PDF and e-mails; the service's own name in each language by default. */
        Optional<String> name();

        /** Address of the logo shown before the name (e.g. /brand/logo.svg or https://...); none by default. */
        Optional<String> logoUrl();

        /** The primary colour of buttons and links, as #rrggbb; keep 4.5:1 contrast with white. */
        @WithDefault("#0b5cad")
        String primaryColour();

        /** Address of the favicon; the bundled neutral icon by default. */
        @WithDefault("/favicon.svg")
        String faviconUrl();

        /** The privacy policy's address, linked in every page's footer; none by default. */
        Optional<String> privacyUrl();

        /** The contact page's address (or a mailto: link), linked in every page's footer; none by default. */
        Optional<String> contactUrl();

        /**
         * Where a call to action whose url starts with ${booking-url} leads (a booking page); unset, such a
         * call to action leads to contact-url, and without that it is not shown.
         */
        Optional<String> bookingUrl();
    }
}
