package no.journeydiag;

import io.quarkus.runtime.Quarkus;
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
        Quarkus.run(args);
    }
}
