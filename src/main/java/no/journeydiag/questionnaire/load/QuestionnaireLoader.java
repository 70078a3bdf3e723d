package no.journeydiag.questionnaire.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.journeydiag.questionnaire.model.Questionnaire;

/** Loads and validates every {@code *.yaml} file of a directory. Pure Java, no framework. */
public final class QuestionnaireLoader {

    /** Files larger than this are refused: a questionnaire is a few dozen kilobytes. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    public record Result(List<Questionnaire> questionnaires, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private QuestionnaireLoader() {}

    public static Result loadDirectory(Path dir) {
        List<Problem> problems = new ArrayList<>();
        List<Questionnaire> loaded = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(
                    dir.toString(), 0, 0, "questionnaire directory not found; set diagnostic.questionnaires.dir"));
            return new Result(loaded, problems);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, 0, "cannot list the directory: " + e.getMessage()));
            return new Result(loaded, problems);
        }
        if (files.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, 0, "no *.yaml questionnaire files in this directory"));
        }
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] content;
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    problems.add(new Problem(name, 0, 0, "file is larger than 1 MiB"));
                    continue;
                }
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new Problem(name, 0, 0, "cannot read the file: " + e.getMessage()));
                continue;
            }
            QuestionnaireParser.Outcome o = QuestionnaireParser.parse(name, content);
            problems.addAll(o.problems());
            if (o.valid()) {
                String other = fileById.putIfAbsent(o.questionnaire().id(), name);
                if (other != null) {
                    problems.add(new Problem(
                            name,
                            1,
                            1,
                            "questionnaire id '" + o.questionnaire().id() + "' is already used by " + other
                                    + "; ids must be unique across files"));
                } else {
                    loaded.add(o.questionnaire());
                }
            }
        }
        return new Result(List.copyOf(loaded), List.copyOf(problems));
    }
}
