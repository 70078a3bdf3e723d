package no.journeydiag.questionnaire.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated questionnaire. Immutable; {@code contentHash} is the SHA-256 of the file's bytes and
 * identifies exactly which definition a stored response was scored against. {@code format} is the
 * scoring model: 1 weighs raw points (files written before format 2 existed, kept so their stored
 * reports render and rescore alike), 2 normalises every item to 0–1 and judges only with enough answers.
 */
public record Questionnaire(
        String id,
        String version,
        List<String> locales,
        LocalizedText title,
        LocalizedText intro,
        int estimatedMinutes,
        List<Stage> stages,
        double loopThreshold,
        List<Element> elements,
        List<Band> bands,
        List<Section> sections,
        List<WarningSign> warningSigns,
        PriorityRule priorities,
        OwnershipMap ownershipMap,
        LeadCapture leadCapture,
        List<String> compareBy,
        String sourceFile,
        String contentHash,
        Map<String, Question> questionIndex,
        int format,
        ScoringRules rules,
        List<Mode> modes,
        List<HiddenField> hiddenFields,
        CallToAction callToAction) {

    /** A format 1 questionnaire (raw points, no modes). */
    public Questionnaire(
            String id,
            String version,
            List<String> locales,
            LocalizedText title,
            LocalizedText intro,
            int estimatedMinutes,
            List<Stage> stages,
            double loopThreshold,
            List<Element> elements,
            List<Band> bands,
            List<Section> sections,
            List<WarningSign> warningSigns,
            PriorityRule priorities,
            OwnershipMap ownershipMap,
            LeadCapture leadCapture,
            List<String> compareBy,
            String sourceFile,
            String contentHash,
            Map<String, Question> questionIndex) {
        this(
                id,
                version,
                locales,
                title,
                intro,
                estimatedMinutes,
                stages,
                loopThreshold,
                elements,
                bands,
                sections,
                warningSigns,
                priorities,
                ownershipMap,
                leadCapture,
                compareBy,
                sourceFile,
                contentHash,
                questionIndex,
                1,
                ScoringRules.DEFAULT,
                List.of(),
                List.of(),
                null);
    }

    public Questionnaire {
        rules = rules == null ? ScoringRules.DEFAULT : rules;
        modes = modes == null ? List.of() : List.copyOf(modes);
        hiddenFields = hiddenFields == null ? List.of() : List.copyOf(hiddenFields);
        leadCapture = leadCapture == null ? LeadCapture.OFF : leadCapture;
        compareBy = compareBy == null ? List.of() : List.copyOf(compareBy);
        locales = List.copyOf(locales);
        stages = List.copyOf(stages);
        elements = List.copyOf(elements);
        bands = List.copyOf(bands);
        sections = List.copyOf(sections);
        warningSigns = List.copyOf(warningSigns);
        if (questionIndex == null) {
            questionIndex = new LinkedHashMap<>();
            for (Section s : sections) {
                for (Question q : s.questions()) {
                    questionIndex.put(q.id(), q);
                }
            }
        }
        questionIndex = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(questionIndex));
    }

    public String defaultLocale() {
        return locales.get(0);
    }

    /** The locale to use for a request: the asked one when offered, else the default. */
    public String pickLocale(String wanted) {
        return wanted != null && locales.contains(wanted) ? wanted : defaultLocale();
    }

    public Question question(String questionId) {
        return questionIndex.get(questionId);
    }

    public List<Question> questions() {
        return List.copyOf(questionIndex.values());
    }

    public Element element(String elementId) {
        return elements.stream()
                .filter(e -> e.id().equals(elementId))
                .findFirst()
                .orElse(null);
    }

    public Stage stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst().orElse(null);
    }

    /** The hidden field declared with this id, or null. */
    public HiddenField hiddenField(String fieldId) {
        return hiddenFields.stream()
                .filter(h -> h.id().equals(fieldId))
                .findFirst()
                .orElse(null);
    }

    public Mode mode(String modeId) {
        return modes.stream().filter(m -> m.id().equals(modeId)).findFirst().orElse(null);
    }

    /** True when items are normalised to 0–1 and elements, stages and the overall need enough answers (format 2). */
    public boolean normalised() {
        return format >= 2;
    }

    public WarningSign warningSign(String signId) {
        return warningSigns.stream()
                .filter(s -> s.id().equals(signId))
                .findFirst()
                .orElse(null);
    }

    public Section sectionOf(Question q) {
        return sections.stream()
                .filter(s -> s.id().equals(q.sectionId()))
                .findFirst()
                .orElseThrow();
    }

    /** The band that holds {@code score}: min inclusive, max exclusive, the top band holding 100. */
    public Band band(double score) {
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            boolean last = i == bands.size() - 1;
            if (score >= b.min() && (score < b.max() || last && score <= b.max())) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }
}
