package no.journeydiag.questionnaire.model;

import java.util.List;

public record Section(
        String id, LocalizedText title, LocalizedText intro, Condition showIf, List<Question> questions, Pos pos) {}
