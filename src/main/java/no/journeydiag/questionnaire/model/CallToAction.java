package no.journeydiag.questionnaire.model;

import java.util.List;
import java.util.Map;

/**
 * The next step a report offers (a booking page, a conversation): a default {@link Offer}, and
 * optional offers for a fired warning sign or the overall band, which take its place.
 */
public record CallToAction(Offer offer, Map<String, Offer> bySign, Map<String, Offer> byBand) {

    /** What the report shows: a heading, a sentence, the link's words and where it goes. */
    public record Offer(LocalizedText title, LocalizedText text, LocalizedText label, String url) {}

    /** Which offer applies and why: {@code key} is "default", "sign:{id}" or "band:{id}". */
    public record Chosen(String key, Offer offer) {}

    public CallToAction {
        bySign = bySign == null ? Map.of() : Map.copyOf(bySign);
        byBand = byBand == null ? Map.of() : Map.copyOf(byBand);
    }

    /** The first fired sign (in the order given) with an offer of its own, else the band's, else the default. */
    public Chosen choose(List<String> firedSigns, String overallBand) {
        for (String sign : firedSigns) {
            if (bySign.containsKey(sign)) {
                return new Chosen("sign:" + sign, bySign.get(sign));
            }
        }
        if (overallBand != null && byBand.containsKey(overallBand)) {
            return new Chosen("band:" + overallBand, byBand.get(overallBand));
        }
        return new Chosen("default", offer);
    }

    /** The offer a click key names, or null when the key names none (a stale or invented link). */
    public Offer byKey(String key) {
        if ("default".equals(key)) {
            return offer;
        }
        if (key != null && key.startsWith("sign:")) {
            return bySign.get(key.substring(5));
        }
        if (key != null && key.startsWith("band:")) {
            return byBand.get(key.substring(5));
        }
        return null;
    }
}
