package no.journeydiag.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import no.journeydiag.webhook.service.AddressGuard;
import org.junit.jupiter.api.Test;

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
        assertTrue(refusal("https://100.64.0.1/hook").endsWith("a carrier-grade NAT address"));
        assertTrue(refusal("https://0.0.0.0/hook").endsWith("an unspecified address"));
        assertTrue(refusal("https://[fd12:3456::1]/hook").endsWith("a unique-local address"));
        assertTrue(refusal("https://224.0.0.1/hook").endsWith("a multicast address"));
    }

    @Test
    void anAddressWrittenAsTheHostIsNamedOnceInTheReason() {
        assertEquals("10.20.30.40 is a private address", refusal("https://10.20.30.40/hook"));
    }

    @Test
    void ipv6FormsOfAnInternalIpv4AddressAreJudgedByTheAddressTheyCarry() {
        assertTrue(
                refusal("https://[::127.0.0.1]/hook").endsWith("carries 127.0.0.1, a loopback address"),
                "IPv4-compatible");
        assertTrue(
                refusal("https://[64:ff9b::7f00:1]/hook").endsWith("carries 127.0.0.1, a loopback address"), "NAT64");
        assertTrue(
                refusal("https://[64:ff9b::a9fe:a9fe]/hook").contains("169.254.169.254, a link-local"),
                "NAT64 of metadata");
        assertTrue(refusal("https://[2002:7f00:1::1]/hook").endsWith("carries 127.0.0.1, a loopback address"), "6to4");
        assertTrue(refusal("https://[2002:a00:1::]/hook").endsWith("carries 10.0.0.1, a private address"), "6to4");
        assertTrue(refusal("https://[::ffff:10.0.0.1]/hook").endsWith("a private address"), "IPv4-mapped");
        assertTrue(refusal("https://[::ffff:7f00:1]/hook").endsWith("a loopback address"), "IPv4-mapped in hex");
        assertTrue(
                AddressGuard.refusal("http://[::127.0.0.1]/hook", true, false).contains("loopback"));
        // The same forms of a public address are public.
        assertNull(refusal("https://[64:ff9b::5db8:d70e]/hook"), "NAT64 of 93.184.215.14");
        assertNull(refusal("https://[2002:5db8:d70e::1]/hook"), "6to4 of 93.184.215.14");
    }

    @Test
    void everySpecialPurposeRangeIsRefused() {
        for (String address : List.of(
                "0.1.2.3",
                "10.255.255.255",
                "100.127.255.254",
                "127.8.9.10",
                "169.254.0.1",
                "172.31.0.1",
                "192.0.0.8",
                "192.0.2.55",
                "192.88.99.1",
                "192.168.255.1",
                "198.18.0.1",
                "198.19.255.255",
                "198.51.100.7",
                "203.0.113.9",
                "224.0.0.251",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255",
                "[::]",
                "[::1]",
                "[::ffff:0:0]",
                "[64:ff9b:1::1]",
                "[100::1]",
                "[2001::1]",
                "[2001:2::1]",
                "[2001:db8::1]",
                "[3fff::1]",
                "[fc00::1]",
                "[fdff::1]",
                "[fe80::1]",
                "[febf::1]",
                "[fec0::1]",
                "[ff02::1]")) {
            assertTrue(refusal("https://" + address + "/hook") != null, address + " must be refused");
        }
        assertTrue(refusal("https://198.18.0.1/hook").endsWith("a benchmarking address"));
        assertTrue(refusal("https://192.0.2.1/hook").endsWith("a documentation address"));
        assertTrue(refusal("https://[2001:db8::1]/hook").endsWith("a documentation address"));
        assertTrue(refusal("https://[fe80::1]/hook").endsWith("a link-local address"));
        assertTrue(refusal("https://[ff02::1]/hook").endsWith("a multicast address"));
        // Just outside the edges of the blocks: public.
        for (String address : List.of(
                "1.0.0.1",
                "100.63.255.255",
                "100.128.0.0",
                "172.32.0.1",
                "198.17.255.255",
                "198.20.0.0",
                "223.255.255.255",
                "[2001:200::1]",
                "[2606:4700::1111]",
                "[2a00:1450::1]")) {
            assertNull(refusal("https://" + address + "/hook"), address + " is public");
        }
    }

    @Test
    void theCheckedAddressIsTheOneToConnectToAndANameThatDoesNotResolveIsATemporaryRefusal() {
        AddressGuard.Dns dns = new AddressGuard.Dns() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                if (host.equals("crm.example.com")) {
                    return new InetAddress[] {
                        InetAddress.getByName("93.184.215.14"), InetAddress.getByName("2606:4700::1111")
                    };
                }
                if (host.equals("mixed.example.com")) {
                    return new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.5")
                    };
                }
                throw new UnknownHostException(host);
            }
        };
        AddressGuard.Decision ok = AddressGuard.check("https://crm.example.com/hooks/in?x=1", false, false, dns);
        assertTrue(ok.allowed());
        assertEquals("93.184.215.14", ok.target().address().getHostAddress());
        assertEquals("crm.example.com", ok.target().host(), "the name for Host, SNI and the certificate check");
        assertEquals(443, ok.target().port());
        assertEquals("/hooks/in?x=1", ok.target().pathAndQuery());

        AddressGuard.Decision mixed = AddressGuard.check("https://mixed.example.com/", false, false, dns);
        assertFalse(mixed.allowed(), "one internal address among public ones is enough to refuse");
        assertFalse(mixed.temporary());
        assertTrue(mixed.refusal().contains("10.0.0.5, a private address"), mixed.refusal());

        AddressGuard.Decision unknown = AddressGuard.check("https://gone.example.com/", false, false, dns);
        assertFalse(unknown.allowed());
        assertTrue(unknown.temporary(), "DNS may answer later: retried like any failure");
        assertEquals("the host gone.example.com does not resolve", unknown.refusal());
        assertFalse(
                AddressGuard.check("http://crm.example.com/", false, false, dns).temporary(),
                "a wrong scheme stays wrong");
    }

    @Test
    void onlyHttpsToPublicAddressesIsAllowedUnlessTestsSayOtherwise() {
        assertNull(refusal("https://93.184.215.14/hook"));
        assertEquals("only https:// URLs are allowed", refusal("http://93.184.215.14/hook"));
        assertEquals("only https:// URLs are allowed", refusal("ftp://93.184.215.14/hook"));
        assertEquals("the URL needs a host and no user name", refusal("https://user:pw@93.184.215.14/hook"));
        assertNull(AddressGuard.refusal("http://127.0.0.1:9000/hook", true, true), "the explicit test setting");
        assertTrue(
                AddressGuard.refusal("http://169.254.169.254/", true, true).contains("link-local"),
                "allowing loopback never opens the metadata service");
    }
}
