package no.journeydiag.questionnaire.load;

import java.io.PrintStream;
import java.nio.file.Path;
import no.journeydiag.questionnaire.model.Questionnaire;

/**
 * {@code java -jar quarkus-run.jar validate DIR}: checks questionnaire files without starting the
 * service. Exit status 0 when every file is valid, 1 otherwise, 2 on wrong usage.
 */
public final class ValidateCommand {

    private ValidateCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: validate DIRECTORY   (checks every *.yaml questionnaire in DIRECTORY)");
            return 2;
        }
        QuestionnaireLoader.Result result = QuestionnaireLoader.loadDirectory(Path.of(args[1]));
        for (Questionnaire q : result.questionnaires()) {
            out.printf(
                    "ok   %s (%s version %s, %d questions)%n",
                    q.sourceFile(), q.id(), q.version(), q.questions().size());
            if (q.normalised()) {
                // Each question's share of its elements, so an author sees what weighs what.
                Shares.describe(q).forEach(line -> out.println("     " + line));
            }
        }
        for (Problem p : result.problems()) {
            err.println("error " + p);
        }
        if (!result.valid()) {
            err.printf("%d problem(s) found.%n", result.problems().size());
            return 1;
        }
        return 0;
    }
}
