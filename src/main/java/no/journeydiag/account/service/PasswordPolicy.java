package no.journeydiag.account.service;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What makes a password too weak for an account. */
public final class PasswordPolicy {

    /** Passwords that stop a production start-up when used for the first admin. */
    static final Set<String> WELL_KNOWN = Set.of(
            "admin",
            "password",
            "changeme",
            "change-me",
            "secret",
            "123456",
            "12345678",
            "qwerty",
            "letmein",
            "dev-admin-password",
            "test-admin-password",
            "administrator");

    /**
     * Words that sit at the top of every leaked-password list (English and Norwegian); a password that is
     * one of them padded with digits, symbols or repeats ("password1234", "Sommer2026!!") is refused too.
     */
    static final Set<String> COMMON_STEMS = Set.of(
            "admin",
            "administrator",
            "password",
            "passw0rd",
            "passord",
            "changeme",
            "secret",
            "hemmelig",
            "qwerty",
            "qwertz",
            "azerty",
            "asdf",
            "letmein",
            "welcome",
            "velkommen",
            "iloveyou",
            "football",
            "fotball",
            "monkey",
            "dragon",
            "sunshine",
            "princess",
            "master",
            "login",
            "hallo",
            "hello",
            "sommer",
            "summer",
            "vinter",
            "winter",
            "norge",
            "norway",
            "oslo",
            "bergen",
            "diagnostic",
            "consultant",
            "journey",
            "customer",
            "test",
            "abc",
            "abcd");

    /** Keyboard and alphabet runs: twelve characters of one of these in order is no secret. */
    private static final List<String> RUNS = List.of(
            "01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb");

    private static final int MIN_DISTINCT = 5;

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {}

    /** Why {@code password} is too weak ("is empty", "is a well-known password", ...), or null when it will do. */
    public static String weakness(String password) {
        if (password.isBlank()) {
            return "is empty";
        }
        if (WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT))) {
            return "is a well-known password";
        }
        if (password.length() < MIN_LENGTH) {
            return "is shorter than " + MIN_LENGTH + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_STEMS.contains(stem(lower))) {
            return "is a well-known password with a few characters added";
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT || isRun(lower)) {
            return "repeats or runs through too few characters";
        }
        return null;
    }

    /** The word left when digits, symbols and spaces are taken off both ends and a repeat is undone. */
    private static String stem(String lower) {
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        for (int n = 1; n <= core.length() / 2; n++) {
            if (core.length() % n == 0
                    && core.substring(0, n).repeat(core.length() / n).equals(core)) {
                return core.substring(0, n);
            }
        }
        return core;
    }

    private static boolean isRun(String lower) {
        String plain = lower.replaceAll("\\s", "");
        for (String run : RUNS) {
            String both = run + new StringBuilder(run).reverse();
            if (both.contains(plain)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why {@code password} may not be given to a new account of {@code role}, or null. Outside
     * production an admin may have a weak one, so that dev and test modes start with a known login.
     */
    static String refusal(String password, String role) {
        String weak = password == null ? "is empty" : weakness(password);
        if (weak == null || Roles.ADMIN.equals(role) && LaunchMode.current() != LaunchMode.NORMAL) {
            return null;
        }
        return weak;
    }
}
