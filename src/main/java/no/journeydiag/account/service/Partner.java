package no.journeydiag.account.service;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/** The partner behind a partner key: what it may read. {@code questionnaires} empty means all. */
public record Partner(long id, String name, Set<String> questionnaires) {

    /** The identity attribute that carries the partner. */
    public static final String ATTRIBUTE = "partner";

    public boolean mayRead(String questionnaire) {
        return questionnaires.isEmpty() || questionnaires.contains(questionnaire);
    }

    public static Partner of(SecurityIdentity identity) {
        Partner p = identity.getAttribute(ATTRIBUTE);
        if (p == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return p;
    }
}
