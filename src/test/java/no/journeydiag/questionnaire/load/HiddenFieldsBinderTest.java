package no.journeydiag.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.journeydiag.questionnaire.model.HiddenField;
import org.junit.jupiter.api.Test;

/** hiddenFields in a questionnaire file: plain ids or {id, maxLength}, each problem named with its line. */
class HiddenFieldsBinderTest {

    static String siteCheck() throws Exception {
        return Files.readString(Path.of("src/test/resources/questionnaires-marketing/site-check.yaml"));
    }

    @Test
    void plainIdsGetTheDefaultLengthAndAnEntryItsOwn() throws Exception {
        QuestionnaireParser.Outcome o =
                QuestionnaireParser.parse("site-check.yaml", siteCheck().getBytes());
        assertEquals(List.of(), o.problems());
        assertNotNull(o.questionnaire());
        List<HiddenField> fields = o.questionnaire().hiddenFields();
        assertEquals(6, fields.size());
        assertEquals(new HiddenField("utm_source", 200), fields.get(0));
        assertEquals(new HiddenField("crm_id", 64), fields.get(5));
    }

    @Test
    void aBadIdARepeatAndALengthOutOfRangeAreEachAProblem() throws Exception {
        String yaml = siteCheck()
                .replace("- utm_term\n", "- UTM-Term\n")
                .replace("- utm_content\n", "- utm_source\n")
                .replace("maxLength: 64", "maxLength: 0");
        List<String> problems = QuestionnaireParser.parse("site-check.yaml", yaml.getBytes()).problems().stream()
                .map(Problem::message)
                .toList();
        assertEquals(
                List.of(
                        "hidden field 'UTM-Term' must use only a-z, 0-9 and '_', starting with a letter (at most 40 characters)",
                        "hidden field 'utm_source' is listed twice",
                        "hiddenFields maxLength must be between 1 and 2000"),
                problems);
    }
}
