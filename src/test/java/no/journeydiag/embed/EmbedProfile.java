package no.journeydiag.embed;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** A host site on 127.0.0.1 (another origin than the app's localhost) allowed to frame the embed pages. */
public class EmbedProfile implements QuarkusTestProfile {

    static final int SITE_PORT = freePort();
    static final String SITE = "http://127.0.0.1:" + SITE_PORT;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("diagnostic.embed.frame-ancestors", SITE, "diagnostic.api.cors-origins", SITE);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
