package no.journeydiag.response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answer sets for the shipped questionnaires (format 2, version 2.2), shared by the API and page tests. */
public final class Answers {

    private Answers() {}

    /**
     * quick-check: an organisation with no owner and projects that end at launch; one don't know. The scores are
     * worked out by hand in ResponseApiTest: value 11.1, mandate 16.7, data 25.0, stop 8.3, overall 15.3 (critical).
     */
    public static Map<String, Object> quickCheckCritical() {
        Map<String, Object> a = new HashMap<>();
        a.put("named-owner", "no");
        a.put("value-measure", "campaign-results");
        a.put("acquisition-targets", "agree");
        a.put("value-drivers", "disagree");
        a.put("owner-can-change", "disagree");
        a.put("kpis-conflict", "agree");
        a.put("reallocation", "next-plan");
        a.put("reports-not-acted", "dont-know");
        a.put("project-assets", List.of("crm", "dashboards"));
        a.put("initiative-model", "project");
        a.put("followed-up", "agree");
        a.put("stopped-recently", "no");
        return a;
    }

    /**
     * {@link #quickCheckCritical()} as the step form sends it ("q." fields, one value each): the one
     * multi question ticks only the CRM, which changes no score.
     */
    public static Map<String, String> quickCheckCriticalForm() {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        quickCheckCritical()
                .forEach((k, v) ->
                        form.put("q." + k, v instanceof List<?> l ? String.valueOf(l.get(0)) : v.toString()));
        return form;
    }

    /** journey-ownership: the best answer to every scored question. */
    public static Map<String, Object> journeyOwnershipBest() {
        Map<String, Object> a = new HashMap<>();
        for (String positive : List.of(
                "lifecycle-visibility",
                "long-term-decisions",
                "judged-on-impact",
                "owner-can-change",
                "leadership-backing",
                "combined-picture",
                "value-drivers",
                "effect-follow-up",
                "success-criteria",
                "decision-date",
                "stop-popular")) {
            a.put(positive, "strongly-agree");
        }
        for (String reverse : List.of(
                "nobody-after-sale",
                "acquisition-targets",
                "separate-agreement",
                "kpis-conflict",
                "dashboards-unused",
                "reports-not-acted",
                "followed-up",
                "rarely-measured")) {
            a.put(reverse, "strongly-disagree");
        }
        a.put("named-owner", "yes");
        a.put("owner-seat", "cx-lead");
        a.put("value-measure", "lifetime-value");
        a.put("long-term-weight", 10);
        a.put("shared-budget", "yes");
        a.put("cross-function-resolution", "journey-owner");
        a.put("signals-reach", List.of("complaints", "cancellations", "satisfaction", "usage"));
        a.put("insight-to-decision", "continuously");
        a.put("reallocation", "across-functions");
        a.put("changed-course", "yes");
        a.put("project-assets", List.of("journey-map", "crm", "automation", "dashboards"));
        a.put("initiative-model", "operating-model");
        a.put("stop-mandate", "owner-in-review");
        a.put("stopped-recently", "yes");
        for (String row : List.of("lead-awareness", "lead-buy", "lead-use", "lead-support", "lead-leave")) {
            a.put(row, "cx-lead");
        }
        return a;
    }
}
