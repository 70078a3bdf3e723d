package no.journeydiag.questionnaire.load;

/** One thing wrong with a questionnaire file, with where it is and what to change. */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
