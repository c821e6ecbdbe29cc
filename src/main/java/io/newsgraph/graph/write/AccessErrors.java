package io.newsgraph.graph.write;

import io.agroal.api.AgroalDataSource;
import io.newsgraph.graph.error.ApiException;
import io.newsgraph.graph.error.ConflictException;
import io.newsgraph.graph.error.DatabaseUnavailableException;
import io.newsgraph.graph.error.ErrorCode;
import io.newsgraph.graph.sql.ConnectionLoss;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.sql.SQLException;
import java.util.Arrays;
import org.jboss.logging.Logger;

/**
 * Runs around Quarkus' security check (priority 150) and the write's transaction, and turns their exceptions, which
 * SmallRye would report as "System error" with codes derived from class names, into client errors: refused access
 * (UNAUTHENTICATED, FORBIDDEN), writes that lost a race at flush or commit (CONFLICT) and writes that lost their
 * database connection (DATABASE_UNAVAILABLE, saying whether the write was stored, was not, or may have been).
 */
@Writes
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class AccessErrors {
    private static final Logger LOG = Logger.getLogger(AccessErrors.class);

    @Inject
    AgroalDataSource dataSource;

    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (UnauthorizedException e) {
            throw new UnauthenticatedException(
                    "Sign in to write: send HTTP basic credentials of a user with role " + roles(call) + ".");
        } catch (ForbiddenException e) {
            throw new AccessDeniedException("Your user lacks the role this needs: " + roles(call) + ".");
        } catch (DatabaseUnavailableException e) {
            // a mutation writes through its service, then reads the result back outside the write's transaction:
            // a read that failed here failed after the commit
            throw e.isRead() ? DatabaseUnavailableException.writeNotReadBack(e) : e;
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            ConflictException race = race(e);
            if (race != null) {
                throw race;
            }
            SQLException lost = ConnectionLoss.in(e);
            if (lost != null) {
                boolean inCommit = ConnectionLoss.inCommit(e);
                LOG.warnf(
                        "A write lost its database connection %s (%s): DATABASE_UNAVAILABLE",
                        inCommit ? "while committing" : "before its commit", lost.getMessage());
                // the other pooled connections may be dead too: check the idle ones before the client retries
                dataSource.flush(AgroalDataSource.FlushMode.INVALID);
                throw inCommit
                        ? DatabaseUnavailableException.writeUnknown(e)
                        : DatabaseUnavailableException.writeNotApplied(e);
            }
            throw e;
        }
    }

    /**
     * A write that lost a race with another one, found by the database at flush or commit (after the service's own
     * checks passed): the row's version moved, the same unique key was written, or a lock could not be had. Its
     * transaction was rolled back; reading again and retrying is the answer.
     */
    static ConflictException race(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return new ConflictException("Another write changed the same item at the same time, and this one was"
                        + " rolled back: read the item again (it has a new version) and retry.");
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505")) {
                    return new ConflictException("Another write stored the same slug at the same time, and this one"
                            + " was rolled back: read the graph again and retry (the item now exists).");
                }
                // lock timeout (H2), deadlock and serialization failure (PostgreSQL)
                if (state.equals("HYT00") || state.equals("40P01") || state.equals("40001")) {
                    return new ConflictException(
                            "Another write held the same rows, and this one was rolled back:" + " retry.");
                }
            }
        }
        return null;
    }

    private static String roles(InvocationContext call) {
        RolesAllowed allowed = call.getMethod().getAnnotation(RolesAllowed.class);
        return allowed == null ? "editor" : String.join(" or ", Arrays.asList(allowed.value()));
    }

    public static class UnauthenticatedException extends ApiException {
        UnauthenticatedException(String message) {
            super(ErrorCode.UNAUTHENTICATED, message);
        }
    }

    public static class AccessDeniedException extends ApiException {
        AccessDeniedException(String message) {
            super(ErrorCode.FORBIDDEN, message);
        }
    }
}
