package io.newsgraph.graph.error;

import graphql.GraphQLError;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rejected write with every problem found. Being a {@link GraphQLError} lets it contribute
 * {@code extensions.problems} (and the code, which depends on the problems) to the GraphQL error.
 */
public abstract class ProblemsException extends ApiException {
    private final List<Problem> problems;

    protected ProblemsException(String what, List<Problem> problems) {
        super(
                code(problems),
                what + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "): "
                        + problems.stream()
                                .limit(20)
                                .map(p -> (p.path().isEmpty() ? "" : p.path() + ": ") + p.message())
                                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problemList() {
        return problems;
    }

    /** NOT_FOUND or CONFLICT when every problem is of that kind, otherwise VALIDATION. */
    private static ErrorCode code(List<Problem> problems) {
        List<ErrorCode> codes =
                problems.stream().map(p -> ErrorCode.of(p.code())).distinct().toList();
        return codes.size() == 1 && (codes.get(0) == ErrorCode.NOT_FOUND || codes.get(0) == ErrorCode.CONFLICT)
                ? codes.get(0)
                : ErrorCode.VALIDATION;
    }

    @Override
    public Map<String, Object> getExtensions() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        problems.forEach(p -> list.add(Json.createObjectBuilder()
                .add("path", p.path())
                .add("code", p.code())
                .add("message", p.message())));
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code().name());
        extensions.put("problems", list.build());
        return extensions;
    }
}
