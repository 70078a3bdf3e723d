package no.journeydiag.brand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import no.journeydiag.config.DiagnosticConfig;

/**
 * The configured branding for templates ({@code {inject:brand.name}}), and the version that makes
 * static asset URLs change with their content, so their {@code immutable} caching is true.
 */
@Named("brand")
@ApplicationScoped
public class Brand {

    private static final String[] ASSETS = {
        "META-INF/resources/css/app.css",
        "META-INF/resources/js/flow.js",
        "META-INF/resources/js/report.js",
        "META-INF/resources/js/embed-child.js",
        "META-INF/resources/js/present.js"
    };

    private final DiagnosticConfig.Branding config;
    private final String version;

    public Brand(DiagnosticConfig config) {
        this.config = config.branding();
        this.version = assetVersion();
    }

    /** Null when none is configured: pages then show the service's own name in their language. */
    public String getName() {
        return config.name().filter(n -> !n.isBlank()).orElse(null);
    }

    public String getLogoUrl() {
        return config.logoUrl().orElse(null);
    }

    /** The primary colour when it is a plain #rgb or #rrggbb; anything else falls back to the default. */
    public String getColour() {
        String c = config.primaryColour().trim();
        return c.matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}") ? c : "#0b5cad";
    }

    /** The colour without its #, as the brand stylesheet's version. */
    public String getColourKey() {
        return getColour().substring(1);
    }

    public String getFaviconUrl() {
        return config.faviconUrl();
    }

    public String getPrivacyUrl() {
        return config.privacyUrl().orElse(null);
    }

    public String getContactUrl() {
        return config.contactUrl().orElse(null);
    }

    /** First 10 hex digits of the SHA-256 over the bundled CSS and scripts: {@code /css/app.css?v=...}. */
    public String getV() {
        return version;
    }

    private static String assetVersion() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            for (String asset : ASSETS) {
                try (InputStream in = cl.getResourceAsStream(asset)) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the bundled assets cannot be read", e);
        }
    }
}
