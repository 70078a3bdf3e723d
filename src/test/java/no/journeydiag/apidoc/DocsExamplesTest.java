package no.journeydiag.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.journeydiag.lead.service.LeadService;
import no.journeydiag.webhook.service.WebhookEvent;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The JSON examples in docs/ (fenced blocks marked {@code ```json example=<name>}) parse, have the
 * fields of the records the service serialises, no more and no fewer, and name only ids that the
 * shipped questionnaires have. docs/embedding.md's snippets ({@code ```html|js|yaml|json|sh example=<name>})
 * use only data attributes and events embed.js has, and questionnaires, questions and values that exist.
 */
class DocsExamplesTest {

    static final Pattern BLOCK = Pattern.compile("```json example=([\\w-]+)\\n(.*?)```", Pattern.DOTALL);
    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, JsonNode> examples() throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String doc : List.of("docs/webhooks.md", "docs/embedding.md")) {
            Matcher m = BLOCK.matcher(Files.readString(Path.of(doc)));
            while (m.find()) {
                out.put(m.group(1), JSON.readTree(m.group(2))); // throws when it is not JSON
            }
        }
        return out;
    }

    static Set<String> fields(JsonNode n) {
        Set<String> s = new TreeSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }

    static Set<String> components(Class<? extends Record> type) {
        Set<String> s = new TreeSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> s.add(c.getName()));
        return s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> questionnaire(String id) throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("questionnaires", id + ".yaml"))) {
            return (Map<String, Object>) new Yaml().load(r);
        }
    }

    @SuppressWarnings("unchecked")
    static Set<String> ids(Map<String, Object> q, String list) {
        Set<String> s = new TreeSet<>();
        for (Object o : (List<Object>) q.get(list)) {
            s.add(o instanceof Map<?, ?> m ? String.valueOf(m.get("id")) : String.valueOf(o));
        }
        return s;
    }

    @Test
    void theWebhookPayloadExampleHasThePayloadsFieldsAndTheShippedIds() throws IOException {
        JsonNode event = examples().get("webhook-response-completed");
        assertThat(event).as("docs/webhooks.md has the marked payload example").isNotNull();
        assertThat(fields(event)).isEqualTo(components(WebhookEvent.class));
        assertThat(fields(event.get("questionnaire"))).isEqualTo(components(WebhookEvent.Questionnaire.class));
        assertThat(fields(event.get("result"))).isEqualTo(components(WebhookEvent.Result.class));
        event.get("result")
                .get("elements")
                .forEach(e -> assertThat(fields(e)).isEqualTo(components(WebhookEvent.Element.class)));
        assertThat(event.get("type").asText()).isEqualTo(WebhookEvent.RESPONSE_COMPLETED);

        Map<String, Object> q =
                questionnaire(event.get("questionnaire").get("id").asText());
        assertThat(event.get("questionnaire").get("version").asText()).isEqualTo(String.valueOf(q.get("version")));
        event.get("result")
                .get("elements")
                .forEach(
                        e -> assertThat(ids(q, "elements")).contains(e.get("id").asText()));
        event.get("result")
                .get("warningSigns")
                .forEach(w -> assertThat(ids(q, "warningSigns")).contains(w.asText()));
        assertThat(ids(q, "hiddenFields")).containsAll(fields(event.get("hidden")));
        assertThat(event.get("result").get("token").asText()).hasSize(43); // 256 bits as unpadded base64url
    }

    // --- docs/embedding.md: every marked block (```html|js|yaml|json|sh example=<name>) ---

    static final Pattern ANY_BLOCK = Pattern.compile("```(\\w+) example=([\\w-]+)\\n(.*?)```", Pattern.DOTALL);
    static final Path EMBED_JS = Path.of("src/main/resources/embed/embed.js");

    record Block(String lang, String name, String text) {}

    static Map<String, Block> embeddingBlocks() throws IOException {
        Map<String, Block> out = new LinkedHashMap<>();
        Matcher m = ANY_BLOCK.matcher(Files.readString(Path.of("docs/embedding.md")));
        while (m.find()) {
            assertThat(out).as("example names are unique").doesNotContainKey(m.group(2));
            out.put(m.group(2), new Block(m.group(1), m.group(2), m.group(3)));
        }
        return out;
    }

    static List<String> all(Pattern p, String text, int group) {
        List<String> found = new java.util.ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    static no.journeydiag.questionnaire.model.Questionnaire shipped(String id) {
        return no.journeydiag.questionnaire.load.QuestionnaireLoader.loadDirectory(Path.of("questionnaires"))
                .questionnaires()
                .stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "docs/embedding.md names questionnaire '" + id + "', which is not in questionnaires/"));
    }

    @Test
    void theEmbeddingExamplesAreMarkedAndEachJsonOrYamlBlockParses() throws IOException {
        Map<String, Block> blocks = embeddingBlocks();
        assertThat(blocks.keySet())
                .contains(
                        "one-line", "inline", "popup", "api", "gtag", "hidden-fields", "prefill", "submit-quick-check");
        for (Block b : blocks.values()) {
            switch (b.lang()) {
                case "json" -> JSON.readTree(b.text()); // throws when it is not JSON
                case "yaml" ->
                    assertThat((Object) new Yaml().load(b.text())).as(b.name()).isNotNull();
                case "html", "js", "sh" -> assertThat(b.text()).as(b.name()).isNotBlank();
                default -> throw new AssertionError(b.name() + ": unknown block language " + b.lang());
            }
        }
    }

    @Test
    void everyDataAttributeTheEmbeddingDocsUseIsOneTheEmbedScriptReads() throws IOException {
        String script = Files.readString(EMBED_JS);
        // Attributes the script names outright ('data-lang'…), and the families it matches by prefix.
        Set<String> read = new TreeSet<>(all(Pattern.compile("'(data-[a-z-]+)'"), script, 1));
        List<String> families = all(Pattern.compile("\\^data-([a-z]+)-\\("), script, 1);
        assertThat(families).contains("hidden", "answer");
        String docs = Files.readString(Path.of("docs/embedding.md"));
        Set<String> used =
                new TreeSet<>(all(Pattern.compile("(?<![\\w-])(data-[a-z]+(?:-[a-z]+)*)(?:=|`|-<)"), docs, 1));
        assertThat(used).contains("data-diagnostic", "data-mode", "data-answer-organisation-size");
        for (String a : used) {
            boolean inFamily = families.stream().anyMatch(f -> a.startsWith("data-" + f + "-"));
            boolean familyName = families.stream().anyMatch(f -> a.equals("data-" + f));
            assertThat(read.contains(a) || inFamily || familyName)
                    .as(a + " is used in docs/embedding.md but embed.js never reads it")
                    .isTrue();
        }
    }

    @Test
    void everyEventTheEmbeddingDocsNameIsOneTheScriptEmits() throws IOException {
        String script = Files.readString(EMBED_JS);
        Matcher types = Pattern.compile("var TYPES = \\[([^\\]]*)\\]").matcher(script);
        assertThat(types.find()).as("embed.js lists its event types in TYPES").isTrue();
        Set<String> emitted = new TreeSet<>(all(Pattern.compile("'([a-z]+)'"), types.group(1), 1));
        assertThat(emitted).contains("ready", "started", "step", "completed", "lead", "close");
        String docs = Files.readString(Path.of("docs/embedding.md"));
        Set<String> named = new TreeSet<>();
        named.addAll(all(
                Pattern.compile("(?m)^\\| `([a-z]+)` \\|"),
                docs.split("### Events")[1].split("###")[0],
                1));
        named.addAll(all(Pattern.compile("diagnostic:([a-z]+)"), docs, 1));
        named.addAll(all(Pattern.compile("Diagnostic\\.(?:on|off)\\('([a-z]+)'"), docs, 1));
        named.addAll(all(Pattern.compile("`diagnostic_([a-z]+)`"), docs, 1));
        assertThat(named).contains("ready", "completed", "lead", "loaded");
        for (String e : named) {
            // diagnostic:loaded goes to document once the script has run; diagnostic:step, :resize… in
            // postMessage are the frame's own messages, which the script reads.
            boolean frameMessage = script.contains("data.type === 'diagnostic:" + e + "'");
            boolean loaded = e.equals("loaded") && script.contains("new CustomEvent('diagnostic:loaded')");
            assertThat(emitted.contains(e) || frameMessage || loaded)
                    .as("docs/embedding.md names the event '" + e + "', which embed.js does not emit")
                    .isTrue();
        }
    }

    @Test
    void theQuestionnairesAndQuestionsTheEmbeddingExamplesNameExistAndAcceptTheValues() throws IOException {
        String docs = Files.readString(Path.of("docs/embedding.md"));
        Set<String> ids = new TreeSet<>();
        ids.addAll(all(Pattern.compile("data-(?:diagnostic|questionnaire)=\"([a-z0-9-]+)\""), docs, 1));
        ids.addAll(all(Pattern.compile("Diagnostic\\.open\\('([a-z0-9-]+)'\\)"), docs, 1));
        ids.addAll(all(Pattern.compile("/(?:a|embed)/([a-z0-9-]+)[?)`\\s]"), docs, 1));
        assertThat(ids).contains("quick-check", "journey-ownership");
        ids.forEach(DocsExamplesTest::shipped); // throws for an id that is not shipped

        // Every prefill shown (data-answer-<q>="v", answer.<q>=v) is of a question marked prefill, with a value
        // that is one of its options.
        var q = shipped("journey-ownership");
        List<String[]> prefills = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("(?:data-answer-|answer\\.)([a-z0-9-]+)=\"?([a-z0-9-]+)")
                .matcher(docs);
        while (m.find()) {
            prefills.add(new String[] {m.group(1), m.group(2)});
        }
        assertThat(prefills).extracting(p -> p[0]).contains("organisation-size");
        for (String[] p : prefills) {
            if (p[0].equals("channels")) {
                continue; // the multi-question illustration, named as such in the text
            }
            var x = q.question(p[0]);
            assertThat(x).as("question " + p[0]).isNotNull();
            assertThat(x.prefill()).as(p[0] + " is marked prefill: true").isTrue();
            assertThat(x.option(p[1])).as(p[1] + " is an option of " + p[0]).isNotNull();
        }

        // The submit example answers every question of the quick check with a value of its own.
        JsonNode submit =
                JSON.readTree(embeddingBlocks().get("submit-quick-check").text());
        var quick = shipped("quick-check");
        assertThat(fields(submit.get("answers")))
                .isEqualTo(new TreeSet<>(
                        quick.questions().stream().map(x -> x.id()).toList()));
        assertThat(ids(questionnaire("quick-check"), "hiddenFields")).containsAll(fields(submit.get("hidden")));
        Map<String, Object> answers = JSON.convertValue(submit.get("answers"), new TypeReference<>() {});
        assertThat(no.journeydiag.response.service.AnswerReader.read(
                                quick, answers, no.journeydiag.response.service.AnswerReader.Hidden.REJECT, "answers.")
                        .errors())
                .as("the API accepts the example's answers")
                .isEmpty();
    }

    @Test
    void theLeadExampleHasTheLeadsFields() throws IOException {
        JsonNode lead = examples().get("webhook-lead");
        assertThat(lead).isNotNull();
        assertThat(fields(lead)).isEqualTo(components(LeadService.Lead.class));
    }
}
