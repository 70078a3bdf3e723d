package no.journeydiag.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void anIpv6ClientIsKeyedByItsSlash64Network() {
        assertEquals("2001:db8:1:2::/64", RateLimiter.ipv6Network("2001:db8:1:2:3:4:5:6"));
        assertEquals("2001:db8:1:2::/64", RateLimiter.ipv6Network("2001:0db8:0001:0002::ffff"));
        assertEquals("0:0:0:0::/64", RateLimiter.ipv6Network("::1"));
    }

    @Test
    void anIpv4MappedAddressIsKeyedAsIpv4AndNonsenseStaysAsItCame() {
        assertEquals("192.0.2.1", RateLimiter.ipv6Network("::ffff:192.0.2.1"));
        assertEquals("not:an:address:at:all", RateLimiter.ipv6Network("not:an:address:at:all"));
    }
}
