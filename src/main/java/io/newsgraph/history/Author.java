package io.newsgraph.history;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The signed-in user of the current request, for the history. */
@ApplicationScoped
public class Author {
    @Inject
    SecurityIdentity identity;

    public WriteOrigin current(String mutation) {
        return new WriteOrigin(
                identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(), mutation);
    }
}
