package no.journeydiag.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.journeydiag.webhook.persistence.DeliveryEntity;
import no.journeydiag.webhook.service.WebhookSender;
import org.junit.jupiter.api.Test;

/** First start: a response is stored while the CRM is down; the delivery fails and stays pending. OutboxRestart2Test goes on. */
@QuarkusTest
@TestProfile(RestartProfiles.Step1.class)
class OutboxRestart1Test {

    @Inject
    WebhookSender sender;

    @Transactional
    DeliveryEntity delivery() {
        return DeliveryEntity.find("target", "crm").firstResult();
    }

    @Test
    void aDeliveryThatFailsBeforeTheAppStopsIsLeftPendingInTheDatabase() {
        WebhookTest.submitQuickCheck();
        sender.sendDue();
        DeliveryEntity d = delivery();
        assertEquals(DeliveryEntity.PENDING, d.status);
        assertEquals(1, d.attempts);
    }
}
