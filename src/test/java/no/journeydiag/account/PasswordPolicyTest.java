package no.journeydiag.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import no.journeydiag.account.service.PasswordPolicy;
import org.junit.jupiter.api.Test;

/** Which passwords are too weak, and why in words. */
class PasswordPolicyTest {

    @Test
    void weakFirstAdminPasswordsAreNamed() {
        assertEquals("is empty", PasswordPolicy.weakness(""));
        assertEquals("is a well-known password", PasswordPolicy.weakness("ChangeMe"));
        assertEquals("is shorter than 12 characters", PasswordPolicy.weakness("k7#pQ2!x")); // 8 characters
        assertNull(PasswordPolicy.weakness("a long and unusual passphrase"));
    }

    @Test
    void aCommonWordPaddedToTwelveCharactersIsStillRefused() {
        String padded = "is a well-known password with a few characters added";
        assertEquals(padded, PasswordPolicy.weakness("password1234"));
        assertEquals(padded, PasswordPolicy.weakness("Sommer2026!!"));
        assertEquals(padded, PasswordPolicy.weakness("2024-Passord-2024"));
        assertEquals(padded, PasswordPolicy.weakness("adminadminadmin"));
        assertEquals(padded, PasswordPolicy.weakness("qwerty123456"));
        // The stem is the whole word between the padding: a longer word that starts like one is fine.
        assertNull(PasswordPolicy.weakness("passwordless-kettle-7"));
    }

    @Test
    void repeatsAndKeyboardRunsAreRefused() {
        String runs = "repeats or runs through too few characters";
        assertEquals(runs, PasswordPolicy.weakness("aaaaaaaaaaaa"));
        assertEquals(runs, PasswordPolicy.weakness("121212121212")); // two distinct characters
        assertEquals(runs, PasswordPolicy.weakness("123456789012"));
        assertEquals(runs, PasswordPolicy.weakness("asdfghjklzxc"));
        assertEquals(runs, PasswordPolicy.weakness("9876543210987"));
        assertNull(PasswordPolicy.weakness("fjord-lantern-42"));
    }
}
