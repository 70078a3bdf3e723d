package no.journeydiag.webhook.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps webhooks away from internal systems (SSRF): https only, and every address the host
 * resolves to must be public: not loopback, private, link-local (which includes the cloud
 * metadata service at 169.254.169.254), carrier-grade NAT, unique-local, multicast or unspecified.
 * Checked at send time, after DNS resolution, so a name that later points inwards is caught too.
 */
public final class AddressGuard {

    private AddressGuard() {
    }

    /** Why {@code url} must not be contacted, or null when it may. */
    public static String refusal(String url, boolean allowHttp, boolean allowLoopback) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "the URL is not valid";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return "only https:// URLs are allowed";
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            return "the URL needs a host and no user name";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return "the host " + uri.getHost() + " does not resolve";
        }
        for (InetAddress a : addresses) {
            String why = internal(a, allowLoopback);
            if (why != null) {
                return uri.getHost() + " resolves to " + a.getHostAddress() + ", " + why;
            }
        }
        return null;
    }

    static String internal(InetAddress a, boolean allowLoopback) {
        if (a.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address";
        }
        if (a.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address (cloud metadata lives there)";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first == 100 && second >= 64 && second < 128 || first >= 240) {
                return "a reserved address";
            }
        }
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "a unique-local address";
        }
        return null;
    }
}
