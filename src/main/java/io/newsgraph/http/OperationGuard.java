package io.newsgraph.http;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;
import io.newsgraph.graph.error.ErrorCode;
import io.newsgraph.graph.request.RequestErrorCodes;
import io.newsgraph.graph.request.TextCheck;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * After the syntax check: chooses the operation ({@code operationName}, required when the document has several),
 * refuses mutations over GET (405, {@code Allow: POST}), refuses introspection when
 * {@code newsgraph.graphql.introspection=false} and unregistered operations when
 * {@code newsgraph.graphql.persisted-only=true}, and for clients that accept application/graphql-response+json
 * validates the document and coerces the variables first, so that a request error is a 400 as the spec wants
 * (application/json clients keep SmallRye's 200 answers).
 */
@ApplicationScoped
public class OperationGuard {
    private static final String KIND = OperationGuard.class.getName() + ".kind";

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    HttpConfig.GraphQl config;

    @Inject
    PersistedOperations persistedOperations;

    void register(@Observes Router router) {
        router.route("/graphql").order(-190).handler(this::check);
    }

    /** Whether the request runs a mutation (known once this guard let it through). */
    static boolean isMutation(RoutingContext ctx) {
        return ctx.get(KIND) == OperationDefinition.Operation.MUTATION;
    }

    private void check(RoutingContext ctx) {
        if (GraphQlHttpRequest.isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        GraphQlHttpRequest request = GraphQlHttpRequest.of(ctx);
        if (request.malformed() != null) {
            GraphQlErrors.transportError(ctx, 400, ErrorCode.BAD_REQUEST, request.malformed());
            return;
        }
        if (request.query() == null) {
            ctx.next();
            return;
        }
        Document document = ctx.get(DocumentGuard.DOCUMENT);
        if (document == null) {
            ctx.next(); // DocumentGuard answered already; not reached
            return;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = choose(operations, request.operationName());
        if (operation == null) {
            GraphQlErrors.requestError(
                    ctx,
                    new JsonArray()
                            .add(GraphQlErrors.error(
                                    ErrorCode.BAD_REQUEST,
                                    request.operationName() == null
                                            ? "operationName is required: the document has " + operations.size()
                                                    + " operations"
                                            : "The document has no operation named '" + request.operationName()
                                                    + "'")));
            return;
        }
        GraphQlMetrics.operation(ctx, operation.getName());
        ctx.put(KIND, operation.getOperation());
        if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            // SmallRye would answer with the publisher object itself: {"data": {"upstreamPublisher": {}}}
            String hint = "Subscriptions run over WebSocket: connect to /graphql with ws:// (or wss://) and the"
                    + " graphql-transport-ws protocol; GraphiQL and graphql-ws clients do this by themselves";
            GraphQlErrors.requestError(
                    ctx, new JsonArray().add(GraphQlErrors.error(ErrorCode.SUBSCRIPTION_NEEDS_WEBSOCKET, hint)));
            return;
        }
        if (HttpMethod.GET.equals(ctx.request().method())
                && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            ctx.response().putHeader("Allow", "POST");
            GraphQlErrors.transportError(
                    ctx,
                    405,
                    ErrorCode.METHOD_NOT_ALLOWED,
                    "Only queries may be sent with GET; send a "
                            + operation.getOperation().name().toLowerCase(Locale.ROOT) + " with POST");
            return;
        }
        if (!config.introspection() && introspects(document)) {
            GraphQlErrors.requestError(
                    ctx,
                    new JsonArray()
                            .add(GraphQlErrors.error(
                                    ErrorCode.INTROSPECTION_DISABLED, "Introspection is disabled on this server")));
            return;
        }
        if (config.persistedOnly() && !persistedOperations.isRegistered(request.query())) {
            GraphQlErrors.requestError(
                    ctx,
                    new JsonArray()
                            .add(GraphQlErrors.error(
                                    ErrorCode.PERSISTED_QUERY_REQUIRED,
                                    "This server runs registered operations only: send "
                                            + "extensions.persistedQuery.sha256Hash")));
            return;
        }
        if (HttpMethod.GET.equals(ctx.request().method())) {
            onlyChosenOperation(ctx, document, operation);
        }
        if (GraphQlErrors.wantsGraphQlResponse(ctx)) {
            JsonArray errors = validate(document, operation, request);
            if (!errors.isEmpty()) {
                GraphQlErrors.requestError(ctx, errors);
                return;
            }
        }
        ctx.next();
    }

    /**
     * SmallRye GraphQL reads a GET query badly: it takes the document for the operation name, joins lines (so a
     * {@code #} comment swallows the rest) and URL-decodes the decoded value again. So the URL is rewritten to carry
     * the chosen operation (with the fragments) alone, printed on one line without comments, with the characters a
     * second decoding would change escaped.
     */
    private static void onlyChosenOperation(RoutingContext ctx, Document document, OperationDefinition operation) {
        List<Definition> kept = new ArrayList<>(document.getDefinitionsOfType(FragmentDefinition.class));
        kept.add(0, operation);
        String compact = AstPrinter.printAstCompact(document.transform(d -> d.definitions(kept)));
        ctx.queryParams().set("query", compact.replace("%", "%25").replace("+", "%2B"));
        ctx.queryParams().remove("operationName");
    }

    private static OperationDefinition choose(List<OperationDefinition> operations, String name) {
        if (name == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream()
                .filter(o -> name.equals(o.getName()))
                .findFirst()
                .orElse(null);
    }

    /** {@code __schema} or {@code __type} anywhere, fragments included ({@code __typename} is not introspection). */
    static boolean introspects(Node<?> node) {
        if (node instanceof Field field
                && (field.getName().equals("__schema") || field.getName().equals("__type"))) {
            return true;
        }
        for (Node<?> child : node.getChildren()) {
            if (introspects(child)) {
                return true;
            }
        }
        return false;
    }

    private JsonArray validate(Document document, OperationDefinition operation, GraphQlHttpRequest request) {
        GraphQLSchema graphQLSchema = schema.get();
        List<GraphQLError> errors =
                new ArrayList<>(new Validator().validateDocument(graphQLSchema, document, Locale.ENGLISH));
        if (errors.isEmpty()) {
            try {
                ValuesResolver.coerceVariableValues(
                        graphQLSchema,
                        operation.getVariableDefinitions(),
                        RawVariables.of(request.variables()),
                        GraphQLContext.getDefault(),
                        Locale.ENGLISH);
            } catch (RuntimeException e) {
                if (!(e instanceof GraphQLError error)) {
                    throw e;
                }
                errors.add(error);
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(TextCheck.errors(request.query(), document, request.variables()));
        }
        JsonArray answer = new JsonArray();
        for (GraphQLError error : errors) {
            answer.add(new JsonObject(RequestErrorCodes.requestError(
                            error, request.query(), request.operationName(), request.variables(), graphQLSchema)
                    .toSpecification()));
        }
        return answer;
    }
}
