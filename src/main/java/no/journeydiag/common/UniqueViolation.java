package no.journeydiag.common;

import java.sql.SQLException;

/** Recognises a broken unique or other integrity constraint, however the transaction wrapped it. */
public final class UniqueViolation {

    private UniqueViolation() {}

    /** True when {@code e} or one of its causes is an SQL integrity constraint violation (SQLSTATE class 23). */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
