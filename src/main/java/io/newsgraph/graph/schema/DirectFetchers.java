package io.newsgraph.graph.schema;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.DefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.execution.datafetcher.helper.OperationInvoker;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.LookupService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Direct fetchers for the fields of object types. SmallRye GraphQL's own fetchers rebuild a per-field context for
 * every field of every object (the whole selection below the field as JSON, twice, plus the path as text) and look the
 * bean up on every call: measured, most of the CPU time of a nested read. Before the schema is built, this replaces
 * the fetcher of every plain field with a getter call and of every {@code @Source} field with a direct call of the
 * bean method, its arguments converted by SmallRye's own helper. Root fields (queries, mutations, subscriptions) keep
 * SmallRye's fetchers, with their security, validation and request context. A field whose fetcher is not what this
 * expects keeps its original one. Registered through {@code META-INF/services}; SmallRye loads it at bootstrap.
 */
public class DirectFetchers implements EventingService {
    private static final Logger LOG = Logger.getLogger(DirectFetchers.class);
    private static volatile Set<String> kept = Set.of();

    /**
     * The non-root fields ("Type.field") that kept SmallRye's own fetcher when the schema was last built. Empty
     * unless a SmallRye upgrade changed the internals this reflects into: DirectFetchersTest fails then, since the
     * service would still answer, only more slowly.
     */
    public static Set<String> kept() {
        return kept;
    }

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        Set<String> roots = new HashSet<>();
        for (GraphQLObjectType root :
                new GraphQLObjectType[] {schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()
                }) {
            if (root != null) {
                roots.add(root.getName());
            }
        }
        int[] replaced = {0};
        Set<String> notReplaced = new java.util.TreeSet<>();
        GraphQLCodeRegistry direct = registry.transform(codes -> {
            for (GraphQLType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object
                        && !roots.contains(object.getName())
                        && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        DataFetcher<?> replacement = replacement(registry.getDataFetcher(object, field));
                        if (replacement != null) {
                            codes.dataFetcher(FieldCoordinates.coordinates(object, field), replacement);
                            replaced[0]++;
                        } else {
                            notReplaced.add(object.getName() + "." + field.getName());
                        }
                    }
                }
            }
        });
        LOG.infof("Direct fetchers for %d fields", replaced[0]);
        if (!notReplaced.isEmpty()) {
            LOG.warnf("SmallRye's own fetchers kept for %d fields: %s", notReplaced.size(), notReplaced);
        }
        kept = Set.copyOf(notReplaced);
        // ConfigProvider, not a configuration mapping of ours: SmallRye creates this class through ServiceLoader, so
        // nothing can be injected, and the key is SmallRye GraphQL's own, read here once
        if (registry.getFieldVisibility() instanceof BlockedFields
                && "default"
                        .equals(ConfigProvider.getConfig()
                                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class)
                                .orElse("default"))) {
            // SmallRye takes any field visibility but "no-introspection" for patterns of fields to hide, Quarkus's
            // default "default" too: every field of every request was then matched against a regular expression
            // that hides nothing (3 % of the CPU time of a nested read).
            direct = direct.transform(
                    codes -> codes.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY));
        }
        return builder.codeRegistry(direct);
    }

    private static DataFetcher<?> replacement(DataFetcher<?> original) {
        try {
            if (original instanceof FieldDataFetcher<?>) {
                return Getter.of(original);
            }
            if (original instanceof DefaultDataFetcher<?, ?>) {
                Operation operation = (Operation)
                        declared(AbstractDataFetcher.class, "operation").get(original);
                return operation.isSourceField() ? new SourceCall(operation) : null;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("kept SmallRye's fetcher (%s): %s", original, e);
        }
        return null;
    }

    private static java.lang.reflect.Field declared(Class<?> owner, String name) throws NoSuchFieldException {
        java.lang.reflect.Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** SmallRye's own transformation (dates, adapters, maps) is kept for the fields that have one. */
    private static boolean transforms(Field field) {
        Reference reference = field.getReference();
        return (reference.getType() == ReferenceType.SCALAR
                        && !reference.getClassName().equals(reference.getGraphQLClassName()))
                || field.isAdaptingWith()
                || reference.isAdaptingWith()
                || field.isAdaptingTo()
                || reference.isAdaptingTo()
                || (field.hasWrapper() && field.getWrapper().isMap());
    }

    private static Object unwrap(InvocationTargetException e) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        throw cause instanceof Exception exception ? exception : e;
    }

    /** A plain field: the getter (or public field) of the object. */
    static final class Getter implements LightDataFetcher<Object> {
        private final Method method;
        private final java.lang.reflect.Field javaField;
        private final FieldHelper transform;

        private Getter(Method method, java.lang.reflect.Field javaField, FieldHelper transform) {
            this.method = method;
            this.javaField = javaField;
            this.transform = transform;
        }

        static Getter of(DataFetcher<?> original) throws ReflectiveOperationException {
            Field field = (Field) declared(FieldDataFetcher.class, "field").get(original);
            Reference owner =
                    (Reference) declared(FieldDataFetcher.class, "owner").get(original);
            Class<?> type = Class.forName(
                    owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            FieldHelper transform = transforms(field) ? new FieldHelper(field) : null;
            if (field.getMethodName() == null) {
                return new Getter(null, type.getField(field.getPropertyName()), transform);
            }
            Method method = type.getMethod(field.getMethodName());
            method.setAccessible(true);
            return new Getter(method, null, transform);
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env)
                throws Exception {
            Object value;
            try {
                value = method != null ? method.invoke(source) : javaField.get(source);
            } catch (InvocationTargetException e) {
                return unwrap(e);
            }
            return transform == null ? value : transform.transformOrAdaptResponse(value, env.get());
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
    }

    /** A {@code @Source} field: the bean method, called with the source object and the converted arguments. */
    static final class SourceCall implements DataFetcher<Object> {
        private final Class<?> beanClass;
        private final Method method;
        private final ArgumentHelper arguments;
        private final FieldHelper transform;
        private volatile Object bean;

        SourceCall(Operation operation) {
            this.method = new OperationInvoker(operation).getMethod();
            this.beanClass = method.getDeclaringClass();
            this.arguments = new ArgumentHelper(operation.getArguments());
            this.transform = transforms(operation) ? new FieldHelper(operation) : null;
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            Object[] values;
            try {
                values = arguments.getArguments(env).toArray();
            } catch (AbstractDataFetcherException e) {
                return e.appendDataFetcherResult(DataFetcherResult.newResult(), env)
                        .build();
            }
            Object result;
            try {
                result = method.invoke(bean(), values);
            } catch (InvocationTargetException e) {
                return unwrap(e);
            }
            return transform == null ? result : transform.transformOrAdaptResponse(result, env);
        }

        private Object bean() {
            Object found = bean;
            if (found == null) { // API beans are stateless: one instance serves every call
                found = LookupService.get().getInstance(beanClass).get();
                bean = found;
            }
            return found;
        }
    }
}
