package no.journeydiag.account.service;

/**
 * The role names a signed-in identity carries, for {@code @RolesAllowed} and checks. Every
 * account is a consultant; an admin account is also an admin. A partner key is a partner only.
 */
public final class Roles {

    public static final String CONSULTANT = "consultant";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";

    private Roles() {}
}
