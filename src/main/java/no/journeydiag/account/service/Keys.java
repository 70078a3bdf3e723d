package no.journeydiag.account.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.journeydiag.account.persistence.KeyEntity;
import no.journeydiag.common.Tokens;

/** What API tokens and partner keys share: a secret shown once and stored hashed, looked up by its hash, revocable. */
final class Keys {

    private Keys() {}

    /** Gives a new key its secret, stores it and returns the bearer token: the only time the secret is seen. */
    static String issue(KeyEntity key, String prefix, String name) {
        String secret = Tokens.next();
        key.tokenHash = Tokens.hash(secret);
        key.prefix = prefix + secret.substring(0, 6);
        key.name = name;
        key.createdAt = now();
        key.persist();
        return prefix + secret;
    }

    /** The key behind a bearer token, noting its use; unknown, malformed and revoked keys are alike empty. */
    static <K extends KeyEntity> Optional<K> usable(Class<K> type, String prefix, String token) {
        String secret = token.startsWith(prefix) ? token.substring(prefix.length()) : "";
        Optional<K> key =
                Tokens.wellFormed(secret) ? KeyEntity.findByHash(type, Tokens.hash(secret)) : Optional.empty();
        key = key.filter(k -> k.revokedAt == null);
        key.ifPresent(k -> k.touch(now()));
        return key;
    }

    /** Revokes a key; revoking it again keeps the first time. */
    static void revoke(KeyEntity key) {
        if (key.revokedAt == null) {
            key.revokedAt = now();
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
