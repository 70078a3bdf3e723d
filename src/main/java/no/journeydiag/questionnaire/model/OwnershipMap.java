package no.journeydiag.questionnaire.model;

import java.util.List;

/**
 * Questions that ask who leads each lifecycle stage. {@code gapValues} mark a stage nobody owns,
 * {@code sharedValues} a stage owned by several functions at once. With a {@code gapRecommendation}
 * ("{stages}" stands for the stages nobody leads), a gap enters "improve first".
 */
public record OwnershipMap(
        List<String> rows, List<String> gapValues, List<String> sharedValues, LocalizedText gapRecommendation) {

    public OwnershipMap(List<String> rows, List<String> gapValues, List<String> sharedValues) {
        this(rows, gapValues, sharedValues, null);
    }
}
