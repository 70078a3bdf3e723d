package no.journeydiag.account.service;

import java.util.List;

/** An account as listed to admins; {@code leadQuestionnaires}: whose public leads a consultant sees. */
public record Account(
        long id, String username, String displayName, String role, boolean enabled, List<String> leadQuestionnaires) {}
