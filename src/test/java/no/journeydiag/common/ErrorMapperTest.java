package no.journeydiag.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

    @Test
    void aClientThatHungUpMidRequestIsNotAnErrorOfOurs() {
        // As Quarkus REST reports it when wrk or a phone drops the connection while the body is read.
        assertTrue(Causes.clientWentAway(
                new IOException(new IOException(new HttpClosedException("Connection was closed")))));
        assertTrue(Causes.clientWentAway(new IOException(new java.nio.channels.ClosedChannelException())));
        assertFalse(Causes.clientWentAway(new IOException("disk full")));
        assertFalse(Causes.clientWentAway(new IllegalStateException(new NullPointerException())));
    }

    @Test
    void lostDatabaseConnectionsAndPoolTimeoutsAreUnavailableNotBroken() {
        assertTrue(Causes.databaseUnavailable(new RuntimeException(new java.sql.SQLException("gone", "08006"))));
        assertTrue(Causes.databaseUnavailable(new java.sql.SQLException("Sorry, acquisition timeout!")));
        assertFalse(Causes.databaseUnavailable(new java.sql.SQLException("duplicate key", "23505")));
    }

    @Test
    void everyKindOfDomainRefusalHasItsOwnStatus() {
        Class<?>[] kinds = DomainException.class.getPermittedSubclasses();
        org.junit.jupiter.api.Assertions.assertEquals(kinds.length, ErrorMapper.STATUS.size());
        org.junit.jupiter.api.Assertions.assertEquals(404, ErrorMapper.status(new DomainException.NotFound("gone")));
        org.junit.jupiter.api.Assertions.assertEquals(
                409, ErrorMapper.status(new DomainException.Conflict("closed", "it is")));
        org.junit.jupiter.api.Assertions.assertEquals(
                400, ErrorMapper.status(new DomainException.Invalid("bad", java.util.List.of())));
        org.junit.jupiter.api.Assertions.assertEquals(503, ErrorMapper.status(new DomainException.Unavailable("busy")));
    }
}
