package io.newsgraph.http;

import static io.newsgraph.graph.error.ErrorCode.BAD_USER_INPUT;
import static io.newsgraph.graph.error.ErrorCode.GRAPHQL_PARSE_FAILED;
import static io.newsgraph.graph.error.ErrorCode.GRAPHQL_VALIDATION_FAILED;
import static io.newsgraph.graph.error.ErrorCode.MAX_ALIASES_EXCEEDED;
import static io.newsgraph.graph.error.ErrorCode.MAX_COST_EXCEEDED;
import static io.newsgraph.graph.error.ErrorCode.MAX_DEPTH_EXCEEDED;
import static io.newsgraph.graph.error.ErrorCode.MAX_DIRECTIVES_EXCEEDED;
import static io.newsgraph.graph.error.ErrorCode.MAX_FIELDS_EXCEEDED;
import static io.newsgraph.graph.error.ErrorCode.MAX_TOKENS_EXCEEDED;

import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.newsgraph.graph.request.LimitsConfig;
import io.newsgraph.graph.request.TextCheck;
import io.newsgraph.limits.QueryAnalyzer;
import io.newsgraph.limits.QueryCost;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parses the request's document once, before SmallRye GraphQL: a document that does not parse gets the parser's
 * message and location ({@code GRAPHQL_PARSE_FAILED}; SmallRye itself only says "Unparseable input document"), and one
 * over a limit (tokens, depth, aliases, fields, directives, cost) gets an error naming the limit in
 * {@code extensions.code}, before anything executes.
 */
@ApplicationScoped
public class DocumentGuard {
    /** Where the parsed document is left for the guards after this one. */
    static final String DOCUMENT = DocumentGuard.class.getName() + ".document";

    @Inject
    LimitsConfig limits;

    @Inject
    Instance<GraphQLSchema> schema;

    private QueryAnalyzer analyzer;
    private final Map<String, Document> parsed = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > 500;
        }
    });

    void register(@Observes Router router) {
        router.route("/graphql").order(-199).handler(this::check);
    }

    private QueryAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new QueryAnalyzer(pagedFields(schema.get()));
        }
        return analyzer;
    }

    /** Fields returning a connection: their default page size counts even when `first` is not given. */
    static Set<String> pagedFields(GraphQLSchema schema) {
        Set<String> names = new HashSet<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    if (GraphQLTypeUtil.unwrapAll(field.getType()).getName().endsWith("Connection")) {
                        names.add(field.getName());
                    }
                }
            }
        }
        return names;
    }

    private void check(RoutingContext ctx) {
        if (GraphQlHttpRequest.isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        GraphQlHttpRequest request = GraphQlHttpRequest.of(ctx);
        if (request.malformed() != null || request.query() == null) {
            ctx.next(); // OperationGuard answers
            return;
        }
        Document document;
        try {
            document = parse(request.query());
        } catch (ParseCancelledException e) {
            reject(
                    ctx,
                    GraphQlErrors.error(
                            MAX_TOKENS_EXCEEDED,
                            "The document has more than " + limits.maxTokens() + " tokens. Send a smaller query."));
            return;
        } catch (InvalidSyntaxException e) {
            String unstorable = TextCheck.unparsable(request.query(), e);
            reject(
                    ctx,
                    unstorable == null
                            ? syntaxError(e)
                            : withLocation(GraphQlErrors.error(BAD_USER_INPUT, unstorable), e));
            return;
        }
        ctx.put(DOCUMENT, document);
        JsonObject violation = violation(analyzer().analyze(document, request.operationName(), request.variables()));
        if (violation == null) {
            ctx.next();
        } else {
            reject(ctx, violation);
        }
    }

    private static JsonObject syntaxError(InvalidSyntaxException e) {
        JsonObject error = GraphQlErrors.error(GRAPHQL_PARSE_FAILED, "Syntax error: " + e.getMessage());
        error.getJsonObject("extensions").put("classification", "InvalidSyntax");
        return withLocation(error, e);
    }

    private static JsonObject withLocation(JsonObject error, InvalidSyntaxException e) {
        JsonArray locations = new JsonArray();
        SourceLocation location = e.getLocation();
        if (location != null) {
            locations.add(new JsonObject().put("line", location.getLine()).put("column", location.getColumn()));
        }
        return error.put("locations", locations);
    }

    private static void reject(RoutingContext ctx, JsonObject error) {
        GraphQlErrors.requestError(ctx, new JsonArray().add(error));
    }

    private Document parse(String query) {
        Document document = parsed.get(query);
        if (document == null) {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                    .transform(o -> o.maxTokens(limits.maxTokens()).captureLineComments(false));
            document = new Parser()
                    .parseDocument(ParserEnvironment.newParserEnvironment()
                            .document(query)
                            .parserOptions(options)
                            .build());
            parsed.put(query, document);
        }
        return document;
    }

    /** The error for the first limit exceeded, or null. */
    JsonObject violation(QueryCost cost) {
        if (cost.repeatedDirective() != null) {
            return GraphQlErrors.error(
                    GRAPHQL_VALIDATION_FAILED,
                    "The directive " + cost.repeatedDirective()
                            + " is given more than once; a directive may appear once at each place.");
        }
        if (cost.depth() > limits.maxDepth()) {
            return GraphQlErrors.error(
                    MAX_DEPTH_EXCEEDED,
                    "The query nests " + cost.depth() + " levels deep; the limit is " + limits.maxDepth() + ".");
        }
        if (cost.aliases() > limits.maxAliases()) {
            return GraphQlErrors.error(
                    MAX_ALIASES_EXCEEDED,
                    "The query uses " + cost.aliases() + " aliases; the limit is " + limits.maxAliases() + ".");
        }
        if (cost.fields() > limits.maxFields()) {
            return GraphQlErrors.error(
                    MAX_FIELDS_EXCEEDED,
                    "The query selects " + cost.fields() + " fields; the limit is " + limits.maxFields() + ".");
        }
        if (cost.directives() > limits.maxDirectives()) {
            return GraphQlErrors.error(
                    MAX_DIRECTIVES_EXCEEDED,
                    "The query uses " + cost.directives() + " directives; the limit is " + limits.maxDirectives()
                            + ".");
        }
        if (cost.cost() > limits.maxCost()) {
            return GraphQlErrors.error(
                    MAX_COST_EXCEEDED,
                    "The query could return up to " + cost.cost() + " objects"
                            + " (page sizes multiplied down the nesting); the limit is " + limits.maxCost()
                            + ". Ask for"
                            + " smaller pages (`first`) or fewer nested lists.");
        }
        return null;
    }
}
