package no.journeydiag.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.journeydiag.webhook.persistence.DeliveryEntity;
import no.journeydiag.webhook.service.WebhookSender;
import org.junit.jupiter.api.Test;

/** Second start over the same database: the CRM is back, and the event stored before the restart is delivered once. */
@QuarkusTest
@TestProfile(RestartProfiles.Step2.class)
class OutboxRestart2Test {

    @Inject
    WebhookSender sender;

    @Transactional
    List<DeliveryEntity> deliveries() {
        return DeliveryEntity.list("target", "crm");
    }

    @Test
    void afterARestartThePendingEventIsDeliveredWithItsOriginalEventId() throws IOException, InterruptedException {
        List<DeliveryEntity> before = deliveries();
        assertEquals(1, before.size(), "the row written before the restart");
        assertEquals(DeliveryEntity.PENDING, before.get(0).status);
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer crm = HttpServer.create(new InetSocketAddress("127.0.0.1", RestartProfiles.PORT), 0);
        crm.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        crm.start();
        try {
            // The row may still be inside its backoff window from the first start; keep asking until it is due.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (received.isEmpty() && System.nanoTime() < deadline) {
                sender.sendDue();
                Thread.sleep(20);
            }
            sender.sendDue(); // a delivered row must not go out again
        } finally {
            crm.stop(0);
        }
        assertEquals(List.of(before.get(0).eventId), received, "delivered once, with the same event id");
        assertEquals(DeliveryEntity.DELIVERED, deliveries().get(0).status);
    }
}
