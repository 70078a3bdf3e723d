package no.journeydiag;

import java.util.Locale;

/** Turns whatever stopped start-up into one line that says what to fix. */
final class StartFailure {

    private StartFailure() {}

    static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t.getClass().getSimpleName().equals("QuarkusBindException")) {
                return "the HTTP port is in use by another process; stop it or set QUARKUS_HTTP_PORT to another port.";
            }
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
                return "the database files are in use by another process (is the service already running on this data"
                        + " directory?). Stop it, or set DIAGNOSTIC_DATA_DIR to another directory.";
            }
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("no space left")) {
            return "there is no space left on the disk that holds the data directory.";
        }
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 600 ? line.substring(0, 600) + "…" : line;
    }
}
