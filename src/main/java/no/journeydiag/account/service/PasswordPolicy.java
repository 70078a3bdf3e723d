package no.journeydiag.account.service;

import io.quarkus.runtime.LaunchMode;
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
        return null;
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
