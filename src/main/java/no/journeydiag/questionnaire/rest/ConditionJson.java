package no.journeydiag.questionnaire.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.model.Condition;

/** Writes a condition in the same shape as the YAML, for clients that evaluate showIf themselves. */
public final class ConditionJson {

    private ConditionJson() {}

    public static Map<String, Object> of(Condition c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (c instanceof Condition.OnAnswer a) {
            m.put("question", a.question());
            if (a instanceof Condition.Equals e) {
                m.put("equals", e.value());
            } else if (a instanceof Condition.In in) {
                m.put("in", List.copyOf(in.values()));
            } else if (a instanceof Condition.AtLeast l) {
                m.put("atLeast", l.value());
            } else if (a instanceof Condition.AtMost l) {
                m.put("atMost", l.value());
            } else {
                m.put("answered", true);
            }
        } else if (c instanceof Condition.ElementBelow b) {
            m.put("element", b.element());
            m.put("below", b.value());
        } else if (c instanceof Condition.ElementAbove b) {
            m.put("element", b.element());
            m.put("above", b.value());
        } else if (c instanceof Condition.ElementAtLeast b) {
            m.put("element", b.element());
            m.put("atLeast", b.value());
        } else if (c instanceof Condition.All all) {
            m.put("all", all.of().stream().map(ConditionJson::of).toList());
        } else if (c instanceof Condition.Any any) {
            m.put("any", any.of().stream().map(ConditionJson::of).toList());
        } else if (c instanceof Condition.Not not) {
            m.put("not", of(not.of()));
        } else if (c instanceof Condition.Count k) {
            m.put("count", k.of().stream().map(ConditionJson::of).toList());
            if (k.atLeast() != null) {
                m.put("atLeast", k.atLeast());
            }
            if (k.atMost() != null) {
                m.put("atMost", k.atMost());
            }
        }
        return m;
    }
}
