package no.journeydiag.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

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
 * shipped questionnaires have.
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

    @Test
    void theLeadExampleHasTheLeadsFields() throws IOException {
        JsonNode lead = examples().get("webhook-lead");
        assertThat(lead).isNotNull();
        assertThat(fields(lead)).isEqualTo(components(LeadService.Lead.class));
    }
}
