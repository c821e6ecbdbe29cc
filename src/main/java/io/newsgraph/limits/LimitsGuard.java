package io.newsgraph.limits;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import jakarta.enterprise.inject.Instance;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Rejects a request whose document exceeds a limit (tokens, depth, aliases, fields, directives, cost) before anything
 * executes, with a GraphQL error naming the limit in {@code extensions.code} and the measured value.
 */
@ApplicationScoped
public class LimitsGuard {
    @Inject
    QueryLimits limits;
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
        router.route("/graphql").order(-198).handler(this::check);
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
        Request request = Request.of(ctx);
        if (request == null || request.query() == null) {
            ctx.next();
            return;
        }
        Document document;
        try {
            document = parse(request.query());
        } catch (ParseCancelledException e) {
            reject(ctx, "MAX_TOKENS_EXCEEDED", "The document has more than " + limits.maxTokens()
                    + " tokens. Send a smaller query.");
            return;
        } catch (InvalidSyntaxException e) {
            ctx.next(); // answered by the syntax guard
            return;
        }
        QueryCost cost = analyzer().analyze(document, request.operationName(), request.variables());
        String violation = violation(cost);
        if (violation == null) {
            ctx.next();
        } else {
            reject(ctx, violation.substring(0, violation.indexOf(' ')), violation.substring(violation.indexOf(' ') + 1));
        }
    }

    private Document parse(String query) {
        Document document = parsed.get(query);
        if (document == null) {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                    .maxTokens(limits.maxTokens()).captureSourceLocation(false).captureLineComments(false));
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build());
            parsed.put(query, document);
        }
        return document;
    }

    /** "CODE message" for the first limit exceeded, or null. */
    String violation(QueryCost cost) {
        if (cost.depth() > limits.maxDepth()) {
            return "MAX_DEPTH_EXCEEDED The query nests " + cost.depth() + " levels deep; the limit is "
                    + limits.maxDepth() + ".";
        }
        if (cost.aliases() > limits.maxAliases()) {
            return "MAX_ALIASES_EXCEEDED The query uses " + cost.aliases() + " aliases; the limit is "
                    + limits.maxAliases() + ".";
        }
        if (cost.fields() > limits.maxFields()) {
            return "MAX_FIELDS_EXCEEDED The query selects " + cost.fields() + " fields; the limit is "
                    + limits.maxFields() + ".";
        }
        if (cost.directives() > limits.maxDirectives()) {
            return "MAX_DIRECTIVES_EXCEEDED The query uses " + cost.directives() + " directives; the limit is "
                    + limits.maxDirectives() + ".";
        }
        if (cost.cost() > limits.maxCost()) {
            return "MAX_COST_EXCEEDED The query could return up to " + cost.cost() + " objects (page sizes multiplied"
                    + " down the nesting); the limit is " + limits.maxCost() + ". Ask for smaller pages (`first`) or"
                    + " fewer nested lists.";
        }
        return null;
    }

    private static void reject(RoutingContext ctx, String code, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code).put("classification", "ValidationError"));
        boolean graphqlResponse = String.valueOf(ctx.request().getHeader("Accept"))
                .contains("application/graphql-response+json");
        ctx.response().setStatusCode(graphqlResponse ? 400 : 200)
                .putHeader("Content-Type", (graphqlResponse ? "application/graphql-response+json" : "application/json")
                        + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** The GraphQL request carried by a GET or POST. */
    record Request(String query, String operationName, Map<String, Object> variables) {
        static Request of(RoutingContext ctx) {
            String query = ctx.request().getParam("query");
            if (query != null) {
                String vars = ctx.request().getParam("variables");
                Map<String, Object> variables = null;
                try {
                    variables = vars == null ? null : new JsonObject(vars).getMap();
                } catch (RuntimeException malformed) {
                    variables = null;
                }
                return new Request(query, ctx.request().getParam("operationName"), variables);
            }
            String type = String.valueOf(ctx.request().getHeader("Content-Type"));
            if (ctx.body() == null || ctx.body().length() == 0) {
                return null;
            }
            if (type.startsWith("application/graphql")) {
                return new Request(ctx.body().asString(), null, null);
            }
            try {
                JsonObject body = ctx.body().asJsonObject();
                Object q = body.getValue("query");
                Object vars = body.getValue("variables");
                Object name = body.getValue("operationName");
                return new Request(q instanceof String s ? s : null, name instanceof String n ? n : null,
                        vars instanceof JsonObject v ? v.getMap() : null);
            } catch (RuntimeException notAnObject) {
                return null;
            }
        }
    }
}
