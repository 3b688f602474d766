package org.peerbot.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.peerbot.core.port.StoreUnavailableException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;

/**
 * The one way the stores reach the database. Statements go through Spring's {@link JdbcClient}; transactions
 * through a {@link DataSourceTransactionManager} on the same pool, so a statement inside {@link #inTransaction}
 * runs on that transaction's connection and one outside runs on its own (auto-commit). Spring's exceptions become
 * the core's: a database that cannot be reached is {@link StoreUnavailableException} (the turn is held and tried
 * again), anything else {@link JdbcStores.StoreException}. Messages carry the SQL state, never a row.
 */
final class Sql {

    /** Join the caller's transaction or begin one: nested calls join the outer one, as the port promises. */
    private static final TransactionDefinition JOIN_OR_BEGIN = TransactionDefinition.withDefaults();
    /** A null bound with its column's type (PostgreSQL wants the type; the driver is never asked for it). */
    private static final SqlParameterValue NULL_TEXT = new SqlParameterValue(Types.VARCHAR, null);
    private static final SqlParameterValue NULL_TIME = new SqlParameterValue(Types.BIGINT, null);

    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;

    Sql(DataSource dataSource) {
        DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
        // A nested call that fails leaves the outcome to the outermost caller (it may catch and carry on), as when
        // a nested call simply ran inside the outer transaction; Spring's default would doom the outer commit.
        manager.setGlobalRollbackOnParticipationFailure(false);
        this.transactions = manager;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * TransactionTemplate's steps, except that a rollback that fails (the connection is already gone) is dropped
     * quietly: the failure worth reporting is the work's own, and it decides whether the turn is tried again.
     * TransactionTemplate would throw the rollback's failure instead and log the work's at error.
     */
    <T> T inTransaction(Supplier<T> work) {
        TransactionStatus status;
        try {
            status = transactions.getTransaction(JOIN_OR_BEGIN);
        } catch (TransactionException e) {
            throw unavailable(e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            try {
                transactions.rollback(status);
            } catch (RuntimeException ignored) {
                // The original failure is the one worth reporting.
            }
            throw e;
        }
        try {
            transactions.commit(status);
        } catch (TransactionException e) {
            throw unavailable(e);
        }
        return result;
    }

    int update(String sql, Object... params) {
        try {
            return jdbc.sql(sql).params(bind(params)).update();
        } catch (DataAccessException e) {
            throw failure("update failed", e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> rows, Object... params) {
        try {
            return jdbc.sql(sql).params(bind(params)).query(rows).list();
        } catch (DataAccessException e) {
            throw failure("query failed", e);
        }
    }

    /** Times are epoch milliseconds, enums their names, nulls typed as text (see {@link #time} for times). */
    private static Object[] bind(Object... params) {
        Object[] out = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                out[i] = NULL_TEXT;
            } else if (p instanceof Instant t) {
                out[i] = t.toEpochMilli();
            } else if (p instanceof Enum<?> e) {
                out[i] = e.name();
            } else {
                out[i] = p;
            }
        }
        return out;
    }

    /** A nullable time, bound as a bigint even when null. */
    static Object time(Instant t) {
        return t == null ? NULL_TIME : t;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** Topic ids stored comma-separated (ids are lower-case words with underscores). */
    static List<String> ids(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** Getting, committing or resetting the connection failed: the connection or the database is gone. */
    private static StoreUnavailableException unavailable(TransactionException e) {
        SQLException cause = sqlCause(e);
        String state = cause == null || cause.getSQLState() == null ? "none" : cause.getSQLState();
        return new StoreUnavailableException("database unavailable (SQL state " + state + "): "
                + (cause == null ? e.getMessage() : cause.getMessage()), e);
    }

    /**
     * A lost or refused connection (SQL state class 08, PostgreSQL shutting down 57P, a pool timeout, no connection
     * to be had, or no SQL state at all, which only the pool and driver give, as in "Connection is closed") is
     * {@link StoreUnavailableException}: the turn can be tried again once the database is back. Anything else is a
     * {@link JdbcStores.StoreException}. Decided on the driver's own exception, not on Spring's translation of it.
     */
    private static RuntimeException failure(String what, DataAccessException e) {
        SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        boolean unavailable = e instanceof CannotGetJdbcConnectionException
                || sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException
                || state.isEmpty() || state.startsWith("08") || state.startsWith("57P");
        String message = what + " (SQL state " + (state.isEmpty() ? "none" : state) + "): "
                + (sql == null ? e.getMessage() : sql.getMessage());
        return unavailable ? new StoreUnavailableException(message, e) : new JdbcStores.StoreException(message, e);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
