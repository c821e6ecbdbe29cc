package io.newsgraph.graph.request;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Int, Date and DateTime as strict as the API means them, checked while the request is validated and its variables
 * coerced, before anything runs. SmallRye's Int takes any integer literal and cuts it to 32 bits ({@code first:
 * 4294967297} read as 1; {@code -2147483649} as 2147483647), and its Date and DateTime take any string, which then
 * failed inside the field with the whole argument printed or as "System error". Each scalar keeps SmallRye's coercing
 * for the values that fit. A value they refuse is BAD_USER_INPUT ({@link RequestErrorCodes}), its message ending in
 * the scalar's {@link #FORMS form}.
 */
public class StrictScalars implements EventingService {
    static final String INT = "an Int is a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    static final String DATE = "a date is YYYY-MM-DD";
    static final String DATE_TIME = "write e.g. 2024-11-05T09:30:00Z";
    /** What each checked scalar should look like, by name. */
    public static final Map<String, String> FORMS = Map.of("Int", INT, "Date", DATE, "DateTime", DATE_TIME);

    private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final Pattern DIGITS = Pattern.compile("-?\\d+");

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema strict = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(
                    GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                Predicate<Object> fits = switch (scalar.getName()) {
                    case "Int" -> StrictScalars::isInt;
                    case "Date" -> StrictScalars::isDate;
                    case "DateTime" -> StrictScalars::isDateTime;
                    default -> null;
                };
                return fits == null
                        ? TraversalControl.CONTINUE
                        : changeNode(
                                context,
                                scalar.transform(s -> s.coercing(
                                        new Strict(scalar.getCoercing(), fits, FORMS.get(scalar.getName())))));
            }
        });
        return GraphQLSchema.newSchema(strict).codeRegistry(byName(strict));
    }

    /**
     * SmallRye's type resolvers answer with the object types of the schema before the change, which fragments ({@code
     * ... on Deployment}) no longer match: each answer is looked up by name in the schema that runs.
     */
    private static GraphQLCodeRegistry byName(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(codes -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                TypeResolver original = type instanceof GraphQLInterfaceType i
                        ? registry.getTypeResolver(i)
                        : type instanceof GraphQLUnionType u ? registry.getTypeResolver(u) : null;
                if (original != null) {
                    codes.typeResolver(type.getName(), env -> {
                        GraphQLObjectType resolved = original.getType(env);
                        return resolved == null ? null : env.getSchema().getObjectType(resolved.getName());
                    });
                }
            }
        });
    }

    /** A whole number in 32 bits: a number, or digits in a string as SmallRye also takes them. */
    public static boolean isInt(Object value) {
        BigDecimal number;
        try {
            number = value instanceof Number n
                    ? new BigDecimal(n.toString())
                    : value instanceof String s && DIGITS.matcher(s).matches() ? new BigDecimal(s) : null;
        } catch (NumberFormatException e) {
            return false; // NaN, Infinity
        }
        // the range first: 1e1000000 is cheap to compare, not to make whole
        return number != null
                && number.compareTo(MIN) >= 0
                && number.compareTo(MAX) <= 0
                && number.stripTrailingZeros().scale() <= 0;
    }

    public static boolean isDate(Object value) {
        try {
            return value instanceof String s && LocalDate.parse(s) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static boolean isDateTime(Object value) {
        try {
            return value instanceof String s && DateTimeFormatter.ISO_DATE_TIME.parse(s) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A literal as a plain value for the checks: the text of a string, the number of a number. */
    private static Object plain(Value<?> literal) {
        if (literal instanceof StringValue s) {
            return s.getValue();
        }
        if (literal instanceof IntValue i) {
            return i.getValue();
        }
        return literal instanceof FloatValue f ? f.getValue() : literal;
    }

    /** SmallRye's coercing behind a check of each value and literal. */
    private record Strict(Coercing<?, ?> smallRye, Predicate<Object> fits, String form)
            implements Coercing<Object, Object> {
        @Override
        public Object serialize(Object result, GraphQLContext context, Locale locale)
                throws CoercingSerializeException {
            return smallRye.serialize(result, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale)
                throws CoercingParseValueException {
            if (!fits.test(input)) {
                throw new CoercingParseValueException(form);
            }
            return smallRye.parseValue(input, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            if (!fits.test(plain(input))) {
                throw new CoercingParseLiteralException(form);
            }
            // SmallRye's range check refuses -2147483648 alone and lets the rest wrap around
            return input instanceof IntValue i
                    ? (Object) i.getValue().intValueExact()
                    : smallRye.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return smallRye.valueToLiteral(input, context, locale);
        }
    }
}
