package io.newsgraph.graph.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

/**
 * Hands out ids from an entity's own Hibernate id generator, for rows written with plain JDBC batches: the same
 * pooled sequence blocks Hibernate uses, so ids never collide with those of persisted entities.
 */
@ApplicationScoped
public class EntityIds {
    @Inject
    EntityManager em;

    public long next(Class<?> entity) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        IdentifierGenerator generator = (IdentifierGenerator) session.getFactory()
                .getMappingMetamodel()
                .getEntityDescriptor(entity)
                .getGenerator();
        return ((Number) generator.generate(session, null)).longValue();
    }
}
