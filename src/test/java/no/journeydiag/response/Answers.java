package no.journeydiag.response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answer sets for the shipped questionnaires, shared by the API and page tests. */
public final class Answers {

    private Answers() {
    }

    /** quick-check: the answers worked through by hand in ResponseApiTest. */
    public static Map<String, Object> quickCheckCritical() {
        Map<String, Object> a = new HashMap<>();
        a.put("named-owner", "no");
        a.put("acquisition-targets", "agree");
        a.put("owner-can-change", "disagree");
        a.put("kpis-conflict", "agree");
        a.put("combined-picture", "dont-know");
        a.put("value-drivers", "disagree");
        a.put("handed-over", "agree");
        a.put("stopped-recently", "no");
        a.put("long-term-weight", 3);
        return a;
    }

    /** journey-ownership: the best answer to every scored question. */
    public static Map<String, Object> journeyOwnershipBest() {
        Map<String, Object> a = new HashMap<>();
        for (String positive : List.of("lifecycle-visibility", "long-term-decisions", "owner-can-change", "leadership-backing",
                "combined-picture", "effect-follow-up", "value-drivers", "success-criteria", "stop-popular")) {
            a.put(positive, "strongly-agree");
        }
        for (String reverse : List.of("nobody-after-sale", "acquisition-targets", "separate-agreement", "kpis-conflict",
                "reports-not-acted", "handed-over", "rarely-measured")) {
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
        a.put("initiative-model", "operating-model");
        a.put("stopped-recently", "yes");
        for (String row : List.of("lead-awareness", "lead-buy", "lead-use", "lead-support", "lead-leave")) {
            a.put(row, "cx-lead");
        }
        return a;
    }
}
