package no.journeydiag.response.web;

import java.util.List;

/** The one-page form as the template needs it: texts localized, previous answers and errors filled in. */
public record FormView(
        String id,
        String title,
        String intro,
        int estimatedMinutes,
        String locale,
        List<String> locales,
        List<Section> sections,
        List<String> generalErrors,
        int errorCount) {

    public record Section(String id, String title, String intro, String hint, List<Question> questions) {}

    /**
     * @param kind "choice" (radios), "multi" (checkboxes), "scale" (radios 0–10) or "text"
     * @param hint when the question only applies to some answers, in words
     */
    /**
     * @param hidden not shown for the answers so far (rendered with the hidden attribute for the script)
     * @param showIf the question's condition as JSON, for the script that shows it without a reload
     */
    public record Question(
            String id,
            String kind,
            String text,
            String help,
            boolean required,
            List<Option> options,
            String textValue,
            String error,
            String hint,
            boolean hidden,
            String showIf) {

        public Question(
                String id,
                String kind,
                String text,
                String help,
                boolean required,
                List<Option> options,
                String textValue,
                String error,
                String hint) {
            this(id, kind, text, help, required, options, textValue, error, hint, false, null);
        }

        public Question hide(String condition) {
            return new Question(id, kind, text, help, required, options, textValue, error, hint, true, condition);
        }

        public Question withShowIf(String condition) {
            return new Question(id, kind, text, help, required, options, textValue, error, hint, hidden, condition);
        }

        /** The ids that describe the control (error, help, hint), or null: an empty aria-describedby is invalid HTML. */
        public String describedBy() {
            String ids = ((error != null ? "err-" + id + " " : "")
                            + (help != null && !help.isEmpty() ? "help-" + id + " " : "")
                            + (hint != null && !hint.isEmpty() ? "hint-" + id : ""))
                    .trim();
            return ids.isEmpty() ? null : ids;
        }

        public String inputName() {
            return "q." + id;
        }
    }

    public record Option(String value, String label, boolean checked, boolean reserved) {}
}
