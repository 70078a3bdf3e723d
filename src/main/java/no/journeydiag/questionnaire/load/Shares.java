package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;

/**
 * Each question's share of the elements it feeds, as if every question were shown and answered:
 * its feed weight ÷ the sum of the element's feed weights (format 2, where points are normalised,
 * so the weight alone is the influence). The validator refuses shares above maxItemShare and the
 * validate command prints them.
 */
public final class Shares {

    /** One question's share of one element (0–1). */
    public record Share(String question, double share, boolean dominant) {}

    private Shares() {}

    /** Element id → its questions' shares, largest first. */
    public static Map<String, List<Share>> of(Questionnaire q) {
        Map<String, List<Share>> out = new LinkedHashMap<>();
        for (Element e : q.elements()) {
            double total = 0;
            for (Question x : q.questions()) {
                if (x.scored() && x.feeds().containsKey(e.id())) {
                    total += x.feeds().get(e.id());
                }
            }
            List<Share> shares = new ArrayList<>();
            for (Question x : q.questions()) {
                if (x.scored() && x.feeds().containsKey(e.id())) {
                    shares.add(new Share(x.id(), total == 0 ? 0 : x.feeds().get(e.id()) / total, x.dominant()));
                }
            }
            shares.sort(java.util.Comparator.comparingDouble(Share::share).reversed());
            out.put(e.id(), List.copyOf(shares));
        }
        return out;
    }

    /** "value-ownership: named-owner 11 %, lifecycle-visibility 11 %, …" for the validate command. */
    public static List<String> describe(Questionnaire q) {
        List<String> lines = new ArrayList<>();
        of(q).forEach((element, shares) -> lines.add(element + ": "
                + String.join(
                        ", ",
                        shares.stream()
                                .map(s -> s.question() + " " + Math.round(100 * s.share()) + " %"
                                        + (s.dominant() ? " (dominant)" : ""))
                                .toList())));
        return lines;
    }
}
