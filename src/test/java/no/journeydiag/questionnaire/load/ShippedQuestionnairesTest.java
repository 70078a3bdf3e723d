package no.journeydiag.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedQuestionnairesTest {

    private static final Path SHIPPED = Path.of("questionnaires");

    @Test
    void shippedQuestionnairesAreValid() {
        QuestionnaireLoader.Result r = QuestionnaireLoader.loadDirectory(SHIPPED);
        assertEquals(java.util.List.of(), r.problems());
        assertEquals(2, r.questionnaires().size());
    }

    @Test
    void journeyOwnershipHasEnoughQuestionsPerElementAndReverseItemsInEach() {
        Questionnaire q = QuestionnaireLoader.loadDirectory(SHIPPED).questionnaires().stream()
                .filter(x -> x.id().equals("journey-ownership"))
                .findFirst()
                .orElseThrow();
        // The optional "about your organisation" questions only place a taker among peers (compareBy); they are not the
        // diagnostic.
        assertEquals(java.util.List.of("organisation-size", "industry"), q.compareBy());
        int count = q.questions().size() - q.compareBy().size();
        assertTrue(count >= 32 && count <= 42, "32–42 questions (about a quarter of an hour), got " + count);
        assertEquals(2, q.format(), "items normalised, judged on coverage");
        for (String element : new String[] {"value-ownership", "mandate", "data-to-decision", "stop-ability"}) {
            long feeding = q.questions().stream()
                    .filter(x -> x.feeds().containsKey(element))
                    .count();
            long reverse = q.questions().stream()
                    .filter(x -> x.feeds().containsKey(element) && x.reverse())
                    .count();
            assertTrue(feeding >= 8, element + " has " + feeding + " questions");
            assertTrue(reverse >= 1, element + " has no reverse-keyed question");
        }
        for (Question x : q.questions()) {
            if (x.scored()) {
                boolean ownershipRow = q.ownershipMap().rows().contains(x.id());
                assertTrue(x.stage() != null || ownershipRow, x.id() + " has no stage");
                assertTrue(x.dontKnow(), x.id() + " offers no \"don't know\"");
            }
        }
        assertEquals(
                List.of("operating-model", "project", "not-started", "in-between"),
                q.modes().stream().map(m -> m.id()).toList());
        assertEquals(3, q.warningSigns().size());
        assertEquals(5, q.ownershipMap().rows().size());
    }

    @Test
    void quickCheckIsShort() {
        Questionnaire q = QuestionnaireLoader.loadDirectory(SHIPPED).questionnaires().stream()
                .filter(x -> x.id().equals("quick-check"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                q.questions().size() >= 10 && q.questions().size() <= 12,
                q.questions().size() + " questions");
        assertEquals(4, q.estimatedMinutes());
        assertEquals(3, q.warningSigns().size());
        // every element measured by at least three questions, one of them reverse-keyed, as in the full form
        for (String element : new String[] {"value-ownership", "mandate", "data-to-decision", "stop-ability"}) {
            long feeding = q.questions().stream()
                    .filter(x -> x.feeds().containsKey(element))
                    .count();
            long reverse = q.questions().stream()
                    .filter(x -> x.feeds().containsKey(element) && x.reverse())
                    .count();
            assertTrue(feeding >= 3, element + " has " + feeding + " questions");
            assertTrue(reverse >= 1, element + " has no reverse-keyed question");
        }
    }

    @Test
    void validateCommandExitsZeroForTheShippedFiles() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ValidateCommand.run(
                new String[] {"validate", "questionnaires"},
                new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ok   journey-ownership.yaml"));
    }

    @Test
    void validateCommandExitsOneAndNamesFileAndLineForAnInvalidFile(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("broken.yaml"), "id: broken\nversion: 1\nlocales: [en]\ntitle: Broken\ncolour: red\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ValidateCommand.run(
                new String[] {"validate", dir.toString()},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertEquals(1, status);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("broken.yaml:5:1: unknown key 'colour' in the questionnaire"), text);
        assertTrue(text.contains("missing required key 'elements'"), text);
    }

    @Test
    void validateCommandWithoutADirectoryPrintsUsage() {
        assertEquals(
                2,
                ValidateCommand.run(
                        new String[] {"validate"}, System.out, new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void twoFilesWithTheSameIdAreRejected(@TempDir Path dir) throws Exception {
        Files.copy(SHIPPED.resolve("quick-check.yaml"), dir.resolve("a.yaml"));
        Files.copy(SHIPPED.resolve("quick-check.yaml"), dir.resolve("b.yaml"));
        var r = QuestionnaireLoader.loadDirectory(dir);
        assertEquals(1, r.problems().size());
        assertTrue(r.problems()
                .get(0)
                .toString()
                .startsWith("b.yaml:1:1: questionnaire id 'quick-check' is already used by a.yaml"));
    }

    @Test
    void thePackagedIndexListsEveryShippedFile() throws Exception {
        List<String> index = Files.readAllLines(Path.of("src/main/resources/shipped-questionnaires.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .sorted()
                .toList();
        try (var files = Files.list(SHIPPED)) {
            assertEquals(
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".yaml"))
                            .sorted()
                            .toList(),
                    index);
        }
    }
}
