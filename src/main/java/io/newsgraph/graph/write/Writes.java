package io.newsgraph.graph.write;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GraphQL API class whose methods write (and carry {@code @RolesAllowed}): refused access is answered with
 * extensions.code UNAUTHENTICATED or FORBIDDEN and a message saying what is needed. See {@link AccessErrors}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Writes {}
