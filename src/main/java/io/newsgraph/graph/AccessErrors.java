package io.newsgraph.graph;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;

/**
 * Runs around Quarkus' security check (priority 150) and turns its exceptions, which SmallRye would report as
 * "System error" with codes derived from class names, into client errors.
 */
@Writes
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class AccessErrors {
    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (UnauthorizedException e) {
            throw new UnauthenticatedException("Sign in to write: send HTTP basic credentials of a user with role "
                    + roles(call) + ".");
        } catch (ForbiddenException e) {
            throw new AccessDeniedException("Your user lacks the role this needs: " + roles(call) + ".");
        }
    }

    private static String roles(InvocationContext call) {
        RolesAllowed allowed = call.getMethod().getAnnotation(RolesAllowed.class);
        return allowed == null ? "editor" : String.join(" or ", Arrays.asList(allowed.value()));
    }

    @io.smallrye.graphql.api.ErrorCode("UNAUTHENTICATED")
    public static class UnauthenticatedException extends ApiException {
        UnauthenticatedException(String message) {
            super(message);
        }
    }

    @io.smallrye.graphql.api.ErrorCode("FORBIDDEN")
    public static class AccessDeniedException extends ApiException {
        AccessDeniedException(String message) {
            super(message);
        }
    }
}
