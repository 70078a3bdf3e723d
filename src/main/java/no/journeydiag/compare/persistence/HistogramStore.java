package no.journeydiag.compare.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The score_histogram table: one row per (questionnaire, version, segment, metric, bucket) with
 * how many responses fell in it, and the page-wise read of stored responses a rebuild recounts.
 * Every statement runs in the caller's transaction.
 */
@ApplicationScoped
public class HistogramStore {

    /** One histogram row to count a response in. */
    public record Cell(String segment, String metric, int bucket) {}

    /** A stored row: how many responses of a segment scored in a bucket of a metric. */
    public record Row(String segment, String metric, int bucket, long n) {}

    /** What a rebuild needs of one stored response. */
    public record Scored(
            long id, String questionnaire, String version, String resultJson, long snapshotId, String answersJson) {}

    private final EntityManager em;
    private final boolean postgres;

    public HistogramStore(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.postgres = dbKind.startsWith("postgres");
    }

    /** The one order every transaction takes histogram rows in, so that no two can deadlock. */
    public static final java.util.Comparator<Cell> ORDER = java.util.Comparator.comparing(Cell::segment)
            .thenComparing(Cell::metric)
            .thenComparingInt(Cell::bucket);

    /** Adds one to each cell's row (see {@link #add}). */
    public void count(String questionnaire, String version, List<Cell> cells) {
        java.util.SortedMap<Cell, Integer> counts = new java.util.TreeMap<>(ORDER);
        for (Cell c : cells) {
            counts.merge(c, 1, Integer::sum);
        }
        add(questionnaire, version, counts);
    }

    /**
     * Adds each count to its cell's row, in the caller's transaction and on its connection, with
     * two statements prepared once (Hibernate's planning of five native queries was a quarter of a
     * submission). Strictly in {@link #ORDER}, which a group commit's folded counts follow as well,
     * so concurrent transactions take row locks in the same order and cannot deadlock.
     *
     * <p>The first response in a bucket creates its row here too. A separate transaction would
     * need a second connection while this one holds the first: 64 concurrent submissions to new
     * buckets then starved a pool of 20 (8 a second). Another submission may create the row at the
     * same moment. PostgreSQL then skips the insert ({@code ON CONFLICT DO NOTHING}); a failed
     * statement there would abort the whole transaction. H2 refuses only the statement, and the
     * refusal is ignored.
     */
    public void add(String questionnaire, String version, java.util.SortedMap<Cell, Integer> counts) {
        if (counts.comparator() != ORDER) {
            throw new IllegalArgumentException("counts must be in HistogramStore.ORDER");
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE score_histogram SET n = n + ? "
                            + "WHERE questionnaire = ? AND version = ? AND segment = ? AND metric = ? AND bucket = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO score_histogram "
                            + "(n, questionnaire, version, segment, metric, bucket) VALUES (?, ?, ?, ?, ?, ?)"
                            + (postgres ? " ON CONFLICT DO NOTHING" : ""))) {
                for (java.util.Map.Entry<Cell, Integer> e : counts.entrySet()) {
                    Cell c = e.getKey();
                    int n = e.getValue();
                    if (execute(update, n, questionnaire, version, c) == 0
                            && !insertCounted(insert, n, questionnaire, version, c)) {
                        execute(update, n, questionnaire, version, c); // created meanwhile by another submission
                    }
                }
            }
        });
    }

    /** Takes one off each cell's row (never below zero), in the deleting transaction, in {@link #ORDER}. */
    public void uncount(String questionnaire, String version, List<Cell> cells) {
        List<Cell> ordered = cells.stream().sorted(ORDER).toList();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE score_histogram SET n = n - ? "
                            + "WHERE questionnaire = ? AND version = ? AND segment = ? AND metric = ? AND bucket = ? AND n > 0")) {
                for (Cell c : ordered) {
                    execute(update, 1, questionnaire, version, c);
                }
            }
        });
    }

    private static int execute(PreparedStatement statement, int n, String questionnaire, String version, Cell c)
            throws SQLException {
        statement.setInt(1, n);
        statement.setString(2, questionnaire);
        statement.setString(3, version);
        statement.setString(4, c.segment());
        statement.setString(5, c.metric());
        statement.setInt(6, c.bucket());
        return statement.executeUpdate();
    }

    /** Inserts the row already counting this response; false when another submission created it first. */
    private boolean insertCounted(PreparedStatement insert, int n, String questionnaire, String version, Cell c)
            throws SQLException {
        try {
            return execute(insert, n, questionnaire, version, c) == 1; // 0: PostgreSQL found it there (ON CONFLICT)
        } catch (SQLException e) {
            if (postgres || !"23505".equals(e.getSQLState())) {
                throw e;
            }
            return false; // H2: a unique violation undoes only this statement
        }
    }

    /**
     * Empties the table for a recount. On PostgreSQL it is locked first, so other instances'
     * counting waits until the rebuild commits.
     */
    public void clearForRebuild() {
        if (postgres) {
            em.createNativeQuery("LOCK TABLE score_histogram IN SHARE ROW EXCLUSIVE MODE")
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM score_histogram").executeUpdate();
    }

    /** Writes one recounted row. */
    public void insert(String questionnaire, String version, String segment, String metric, int bucket, long n) {
        em.createNativeQuery("INSERT INTO score_histogram (questionnaire, version, segment, metric, bucket, n) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, questionnaire)
                .setParameter(2, version)
                .setParameter(3, segment)
                .setParameter(4, metric)
                .setParameter(5, bucket)
                .setParameter(6, n)
                .executeUpdate();
    }

    /** Up to {@code limit} counted (non-test) responses with ids above {@code after}, in id order. */
    public List<Scored> responsesAfter(long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> page = em.createNativeQuery(
                        "SELECT id, questionnaire, version, result_json, snapshot_id, answers_json "
                                + "FROM response WHERE id > ?1 AND test_only = FALSE ORDER BY id FETCH FIRST " + limit
                                + " ROWS ONLY")
                .setParameter(1, after)
                .getResultList();
        em.clear();
        return page.stream()
                .map(r -> new Scored(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        r[3].toString(),
                        ((Number) r[4]).longValue(),
                        r[5].toString()))
                .toList();
    }

    /**
     * The non-empty rows of one questionnaire version in each of {@code segments}, ordered by
     * segment, metric and bucket: a report reads a few rows per score, never 1,001. Said to touch
     * score_histogram only, so Hibernate need not flush pending changes (a response being stored)
     * before it runs.
     */
    public List<Row> rows(String questionnaire, String version, List<String> segments) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT segment, metric, bucket, n FROM score_histogram WHERE questionnaire = ?1 "
                                + "AND version = ?2 AND segment IN (?3) AND n > 0 ORDER BY segment, metric, bucket")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("score_histogram")
                .setParameter(1, questionnaire)
                .setParameter(2, version)
                .setParameter(3, segments)
                .getResultList();
        return rows.stream()
                .map(r ->
                        new Row((String) r[0], (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).longValue()))
                .toList();
    }
}
