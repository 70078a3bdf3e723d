package no.journeydiag.common;

/** What a failure was, read from its cause chain, so the mapper can answer it with the right status. */
final class Causes {

    private Causes() {}

    /**
     * Quarkus REST decodes a form body (for the CSRF check, before any resource runs, and again for a
     * resource that takes the whole form) and throws plain runtime exceptions on a bad %-escape, more
     * than 1,000 fields or a field of only "=": the client's mistake, not ours.
     */
    static boolean unreadableForm(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String c = frame.getClassName();
                if (c.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                        || c.equals(
                                "org.jboss.resteasy.reactive.common.providers.serialisers.MapAsFormUrlEncodedProvider")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * No connection to be had: the pool timed out (all connections busy) or the database cannot be
     * reached (SQLState class 08). Such a failure is ours to report as 503, and the transaction
     * that met it was rolled back, so nothing was half written.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql
                    && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                            || sql.getMessage() != null && sql.getMessage().contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException
                    || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }
}
