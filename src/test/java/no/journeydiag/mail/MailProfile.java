package no.journeydiag.mail;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * E-mail on: a public base URL on the port the app is started on (so the e-mailed link opens it),
 * and SMTP to the GreenMail server the tests start on {@link #SMTP_PORT}.
 */
public class MailProfile implements QuarkusTestProfile {

    public static final int HTTP_PORT = freePort();
    public static final int SMTP_PORT = freePort();
    public static final String BASE = "http://localhost:" + HTTP_PORT;

    private static com.icegreen.greenmail.util.GreenMail server;

    /**
     * The one SMTP server of this JVM, started at first use and never stopped: the app's mailer keeps its
     * connection between test classes, and a server restarted under it left sends hanging.
     */
    public static synchronized com.icegreen.greenmail.util.GreenMail smtp() {
        if (server == null) {
            server = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                    SMTP_PORT, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** A free port below the ephemeral range, bound only later (by the app or GreenMail). */
    static int freePort() {
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 200; i++) {
            int port = 20000 + random.nextInt(12000);
            try (java.net.ServerSocket s =
                    new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                return s.getLocalPort();
            } catch (java.io.IOException e) {
                // taken: try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.test-port",
                String.valueOf(HTTP_PORT),
                "diagnostic.public-base-url",
                BASE,
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                String.valueOf(SMTP_PORT),
                "diagnostic.mail.from",
                "Diagnostic <diagnostic@test.example>",
                "diagnostic.mail.subject-prefix",
                "[Test] ",
                // One connection, opened once and reused: a second connection opened from another event loop
                // now and then waited out the send timeout against GreenMail.
                "quarkus.mailer.max-pool-size",
                "1");
    }
}
