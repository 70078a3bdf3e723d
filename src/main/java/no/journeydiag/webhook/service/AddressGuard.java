package no.journeydiag.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Keeps webhooks away from internal systems (SSRF): https only, and every address the host
 * resolves to must be globally reachable, outside the special-purpose ranges of RFC 6890 and
 * its successors (loopback, private, link-local with the cloud metadata service, carrier-grade
 * NAT, documentation, benchmarking, multicast, reserved ...). An IPv6 address that carries an IPv4
 * address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) is judged by the IPv4 address it carries.
 * The sender then connects to the address checked here, so the name cannot be re-pointed inwards
 * between the check and the connection (DNS rebinding).
 */
public final class AddressGuard {

    private AddressGuard() {}

    /** Resolves host names; a bean so that tests can stand in for DNS. */
    @ApplicationScoped
    public static class Dns {
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return InetAddress.getAllByName(host);
        }
    }

    /** Where to send: the URL's parts and the checked address to connect to. */
    public record Target(URI uri, boolean https, String host, int port, String pathAndQuery, InetAddress address) {}

    /**
     * The outcome of a check: a target, or a refusal. {@code temporary} refusals (the name does not
     * resolve right now) are worth retrying; the others are not.
     */
    public record Decision(Target target, String refusal, boolean temporary) {
        public boolean allowed() {
            return target != null;
        }
    }

    /** Why {@code url} must not be contacted, or null when it may (resolving names with the system's DNS). */
    public static String refusal(String url, boolean allowHttp, boolean allowLoopback) {
        return check(url, allowHttp, allowLoopback, new Dns()).refusal();
    }

    public static Decision check(String url, boolean allowHttp, boolean allowLoopback, Dns dns) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return refuse("the URL is not valid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return refuse("only https:// URLs are allowed");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return refuse("the URL needs a host and no user name");
        }
        String host = uri.getHost();
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host; // IPv6 literal
        InetAddress[] addresses;
        try {
            addresses = dns.resolve(name);
        } catch (UnknownHostException | SecurityException e) {
            return new Decision(null, "the host " + host + " does not resolve", true);
        }
        if (addresses == null || addresses.length == 0) {
            return new Decision(null, "the host " + host + " does not resolve", true);
        }
        for (InetAddress a : addresses) {
            String why = internal(a, allowLoopback);
            if (why != null) {
                // an address written as the host needs no "resolves to" that says it twice
                boolean literal = host.replace("[", "").replace("]", "").equalsIgnoreCase(a.getHostAddress());
                return refuse(
                        literal && !why.startsWith("which")
                                ? host + " is " + why
                                : host + " resolves to " + a.getHostAddress() + ", " + why);
            }
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Decision(new Target(uri, scheme.equals("https"), name, port, path, addresses[0]), null, false);
    }

    private static Decision refuse(String why) {
        return new Decision(null, why, false);
    }

    /** Why {@code a} is not a public address, or null when it is. */
    static String internal(InetAddress a, boolean allowLoopback) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return internal4(b, allowLoopback);
        }
        if (!(a instanceof Inet6Address)) {
            return "not an IP address";
        }
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) {
            String why = internal4(embedded, allowLoopback);
            return why == null ? null : "which carries " + ipv4(embedded) + ", " + why;
        }
        for (Range r : V6) {
            if (r.holds(b)) {
                return r.loopback && allowLoopback ? null : r.why;
            }
        }
        return null;
    }

    private static String internal4(byte[] b, boolean allowLoopback) {
        for (Range r : V4) {
            if (r.holds(b)) {
                return r.loopback && allowLoopback ? null : r.why;
            }
        }
        return null;
    }

    /**
     * The IPv4 address inside an IPv6 one that stands for it: IPv4-mapped ::ffff:0:0/96,
     * IPv4-compatible ::/96 (beyond :: and ::1), NAT64 64:ff9b::/96 (RFC 6052) and 6to4 2002::/16.
     */
    static byte[] embeddedIpv4(byte[] b) {
        if (prefix(b, MAPPED, 96) || prefix(b, NAT64, 96)) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (prefix(b, new byte[16], 96) && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1))) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static final byte[] MAPPED = bytes("::ffff:0:0");
    private static final byte[] NAT64 = bytes("64:ff9b::");

    /** A CIDR block: {@code loopback} blocks are the only ones the test setting opens. */
    private record Range(byte[] network, int bits, String why, boolean loopback) {
        boolean holds(byte[] address) {
            return address.length == network.length && prefix(address, network, bits);
        }
    }

    private static Range range(String cidr, String why) {
        int slash = cidr.indexOf('/');
        return new Range(bytes(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)), why, false);
    }

    private static final String PRIVATE = "a private address";
    private static final String RESERVED = "a reserved address";
    private static final String DOCUMENTATION = "a documentation address";

    private static final List<Range> V4 = List.of(
            range("0.0.0.0/8", "an unspecified address"),
            range("10.0.0.0/8", PRIVATE),
            range("100.64.0.0/10", "a carrier-grade NAT address"),
            new Range(bytes("127.0.0.0"), 8, "a loopback address", true),
            range("169.254.0.0/16", "a link-local address (cloud metadata lives there)"),
            range("172.16.0.0/12", PRIVATE),
            range("192.0.0.0/24", RESERVED),
            range("192.0.2.0/24", DOCUMENTATION),
            range("192.88.99.0/24", RESERVED),
            range("192.168.0.0/16", PRIVATE),
            range("198.18.0.0/15", "a benchmarking address"),
            range("198.51.100.0/24", DOCUMENTATION),
            range("203.0.113.0/24", DOCUMENTATION),
            range("224.0.0.0/4", "a multicast address"),
            range("240.0.0.0/4", RESERVED)); // includes 255.255.255.255

    private static final List<Range> V6 = List.of(
            range("::/128", "an unspecified address"),
            new Range(bytes("::1"), 128, "a loopback address", true),
            range("::/96", RESERVED), // IPv4-compatible addresses are judged by their IPv4 part before this
            range("64:ff9b:1::/48", "a local NAT64 address"),
            range("100::/64", "a discard-only address"),
            range("2001::/23", RESERVED), // IETF protocol assignments: Teredo, benchmarking, ORCHID ...
            range("2001:db8::/32", DOCUMENTATION),
            range("3fff::/20", DOCUMENTATION),
            range("5f00::/16", RESERVED), // SRv6 segment identifiers
            range("fc00::/7", "a unique-local address"),
            range("fe80::/10", "a link-local address"),
            range("fec0::/10", "a site-local address"),
            range("ff00::/8", "a multicast address"));

    private static boolean prefix(byte[] address, byte[] network, int bits) {
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (address[whole] & mask) == (network[whole] & mask);
    }

    /** An IP literal's bytes; only ever given literals, so no DNS is asked. */
    private static byte[] bytes(String literal) {
        try {
            byte[] b = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && b.length == 4) {
                // Java turns ::ffff:a.b.c.d into an IPv4 address; the table needs the IPv6 form.
                byte[] v6 = new byte[16];
                v6[10] = (byte) 0xff;
                v6[11] = (byte) 0xff;
                System.arraycopy(b, 0, v6, 12, 4);
                return v6;
            }
            return b;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static String ipv4(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }
}
