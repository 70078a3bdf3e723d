package no.journeydiag.response.event;

/**
 * Fired in a group commit's transaction: once before its first response is stored ({@code opening})
 * and once after its last, before the commit. Observers that write something per response (the
 * comparison counts) may gather it in between and write it once for the whole group.
 */
public record GroupCommitting(boolean opening) {}
