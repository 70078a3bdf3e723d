package no.journeydiag.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import no.journeydiag.webhook.service.AddressGuard;

/** Which webhook URLs may be contacted; IP literals, so no DNS is involved. */
class AddressGuardTest {

    static String refusal(String url) {
        return AddressGuard.refusal(url, false, false);
    }

    @Test
    void internalAddressesAreRefusedWithTheReason() {
        assertTrue(refusal("https://127.0.0.1/hook").endsWith("a loopback address"));
        assertTrue(refusal("https://[::1]/hook").endsWith("a loopback address"));
        assertTrue(refusal("https://169.254.169.254/latest/meta-data").contains("link-local"));
        assertTrue(refusal("https://10.1.2.3/hook").endsWith("a private address"));
        assertTrue(refusal("https://192.168.0.10/hook").endsWith("a private address"));
        assertTrue(refusal("https://172.16.5.4/hook").endsWith("a private address"));
        assertTrue(refusal("https://100.64.0.1/hook").endsWith("a reserved address"));
        assertTrue(refusal("https://0.0.0.0/hook").endsWith("an unspecified address"));
        assertTrue(refusal("https://[fd12:3456::1]/hook").endsWith("a unique-local address"));
        assertTrue(refusal("https://224.0.0.1/hook").endsWith("a multicast address"));
    }

    @Test
    void onlyHttpsToPublicAddressesIsAllowedUnlessTestsSayOtherwise() {
        assertNull(refusal("https://93.184.215.14/hook"));
        assertEquals("only https:// URLs are allowed", refusal("http://93.184.215.14/hook"));
        assertEquals("only https:// URLs are allowed", refusal("ftp://93.184.215.14/hook"));
        assertEquals("the URL needs a host and no user name", refusal("https://user:pw@93.184.215.14/hook"));
        assertNull(AddressGuard.refusal("http://127.0.0.1:9000/hook", true, true), "the explicit test setting");
        assertTrue(AddressGuard.refusal("http://169.254.169.254/", true, true).contains("link-local"),
                "allowing loopback never opens the metadata service");
    }
}
