package no.journeydiag.workshop.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import no.journeydiag.workshop.persistence.WorkshopRepository;

/**
 * Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z),
 * about 38 bits; guessing is stopped by the rate limit, not the length. Read aloud or typed from
 * a projector, so case, spaces and dashes do not matter.
 */
@ApplicationScoped
public class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789";
    public static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkshopRepository workshops;
    private final WorkshopViews views;

    JoinCodes(WorkshopRepository workshops, WorkshopViews views) {
        this.workshops = workshops;
        this.views = views;
    }

    /** The workshop behind a join code (any case, dashes and spaces allowed). */
    @Transactional
    public Optional<Workshop> find(String typed) {
        String code = normalize(typed);
        if (code == null) {
            return Optional.empty();
        }
        return workshops.byJoinCode(code).map(views::view);
    }

    /** A code no workshop has yet, for a new one; the caller holds the transaction. */
    String unused() {
        for (int i = 0; i < 20; i++) {
            String code = next();
            if (!workshops.joinCodeTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after 20 tries");
    }

    public static String next() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The canonical code for what someone typed, or null when it cannot be a code. */
    public static String normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }

    /** ABCD-EFGH: easier to read off a wall. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}
