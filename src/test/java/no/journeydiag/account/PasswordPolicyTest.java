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
}
