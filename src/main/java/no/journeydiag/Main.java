package no.journeydiag;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import no.journeydiag.questionnaire.load.ValidateCommand;

/** Starts the service, or with {@code validate DIR} checks questionnaire files and exits. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("validate")) {
            // Runs before Quarkus starts: no database, no HTTP port, just the pure loader.
            System.exit(ValidateCommand.run(args, System.out, System.err));
        }
        // With an exit handler Quarkus leaves the reporting of a failed start to us: one line that says
        // what to fix, instead of the reason at the bottom of a long stack trace.
        Quarkus.run(
                Service.class,
                (code, failure) -> {
                    if (failure != null) {
                        System.err.println("The service could not start: " + StartFailure.reason(failure));
                    }
                    System.exit(code);
                },
                args);
    }

    /** Runs until SIGTERM/SIGINT (graceful shutdown, quarkus.shutdown.timeout), like the default main. */
    public static class Service implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
