package no.journeydiag.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot write" (503, readiness DOWN) rather than a bug or bad input. */
class StorageHealthTest {

    @Test
    void aFailedCommitWhoseReasonIsOnlyAmongTheSuppressedIsAStorageFailure() {
        // As Narayana reports it: RollbackException, with the driver's exception suppressed, caused by ENOSPC.
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        SQLException h2 = new SQLException(
                "General error: \"MVStoreException: Writing to ... failed\"",
                "HY000",
                50000,
                new IOException("No space left on device"));
        rollback.addSuppressed(new Exception("XAException", h2));
        assertThat(StorageHealth.isStorageFailure(new RuntimeException("Error invoking subclass method", rollback)))
                .isTrue();
    }

    @Test
    void h2AndPostgresqlErrorsThatMeanNoWritingAreStorageFailures() {
        assertThat(StorageHealth.isStorageFailure(new SQLException("The database is read only", "90097", 90097)))
                .isTrue();
        assertThat(StorageHealth.isStorageFailure(new SQLException("The database has been closed", "90098", 90098)))
                .isTrue();
        assertThat(StorageHealth.isStorageFailure(new SQLException("could not extend file: No space left", "53100", 0)))
                .isTrue();
        assertThat(StorageHealth.isStorageFailure(
                        new SQLException("cannot execute INSERT in a read-only transaction", "25006", 0)))
                .isTrue();
    }

    @Test
    void constraintAndSyntaxErrorsAreNot() {
        assertThat(StorageHealth.isStorageFailure(new SQLException("duplicate key", "23505", 0)))
                .isFalse();
        assertThat(StorageHealth.isStorageFailure(new SQLException("Syntax error", "42000", 42000)))
                .isFalse();
        assertThat(StorageHealth.isStorageFailure(new IllegalStateException("a bug")))
                .isFalse();
    }
}
