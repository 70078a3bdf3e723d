package no.journeydiag.questionnaire.model;

import java.util.List;

/**
 * Questions that ask who leads each lifecycle stage. {@code gapValues} mark a stage nobody owns,
 * {@code sharedValues} a stage owned by several functions at once.
 */
public record OwnershipMap(List<String> rows, List<String> gapValues, List<String> sharedValues) {
}
