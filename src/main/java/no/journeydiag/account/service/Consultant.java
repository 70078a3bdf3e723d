package no.journeydiag.account.service;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in consultant, as carried by the security identity. */
public record Consultant(long id, String username, String displayName, boolean admin) {

    /** The identity attribute that carries the consultant. */
    public static final String ATTRIBUTE = "consultant";

    /** The consultant behind an authenticated identity (endpoints that call this require a role). */
    public static Consultant of(SecurityIdentity identity) {
        Consultant c = identity.getAttribute(ATTRIBUTE);
        if (c == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return c;
    }
}
