package no.journeydiag.account.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The two ways a consultant proves who they are. */
final class Credentials {

    private Credentials() {}

    /** The web session cookie. */
    static final class Session extends BaseAuthenticationRequest {
        final String token;

        Session(String token) {
            this.token = token;
        }
    }

    /** A personal API token sent as {@code Authorization: Bearer jd_...}. */
    static final class ApiToken extends BaseAuthenticationRequest {
        final String token;

        ApiToken(String token) {
            this.token = token;
        }
    }

    /** A partner key sent as {@code Authorization: Bearer jdp_...}. */
    static final class PartnerKey extends BaseAuthenticationRequest {
        final String token;

        PartnerKey(String token) {
            this.token = token;
        }
    }
}
