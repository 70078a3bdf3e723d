package no.journeydiag.apidoc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value (as Jackson/RestAssured maps, lists, strings, numbers, booleans and nulls)
 * against an OpenAPI 3.1 schema, for the subset the generated document uses: {@code $ref} into
 * components, {@code type} (one or a list, with "null"), properties, required, items,
 * additionalProperties, enum, and allOf/anyOf/oneOf. A null is only allowed where the type
 * lists "null" (3.1) or nullable is true (3.0). Unknown keywords (format, pattern…) are ignored.
 */
final class SchemaCheck {

    private final Map<String, Object> schemas;

    SchemaCheck(Map<String, Object> components) {
        this.schemas = components;
    }

    /** Every way {@code value} breaks {@code schema}, each with its JSON path; empty when it conforms. */
    List<String> errors(Object value, Map<String, Object> schema) {
        List<String> out = new ArrayList<>();
        check(value, schema, "$", out, 0);
        return out;
    }

    @SuppressWarnings("unchecked")
    private void check(Object value, Map<String, Object> schema, String at, List<String> out, int depth) {
        if (schema == null || depth > 64) {
            return;
        }
        Object ref = schema.get("$ref");
        if (ref instanceof String r) {
            String name = r.substring(r.lastIndexOf('/') + 1);
            Map<String, Object> target = (Map<String, Object>) schemas.get(name);
            if (target == null) {
                out.add(at + ": $ref to a missing schema " + r);
                return;
            }
            check(value, target, at, out, depth + 1);
        }
        for (Object part : list(schema.get("allOf"))) {
            check(value, (Map<String, Object>) part, at, out, depth + 1);
        }
        for (String any : List.of("anyOf", "oneOf")) {
            List<Object> options = list(schema.get(any));
            if (!options.isEmpty()
                    && options.stream()
                            .noneMatch(
                                    o -> errors(value, (Map<String, Object>) o).isEmpty())) {
                out.add(at + ": matches none of " + any);
            }
        }
        List<Object> types = list(schema.get("type"));
        boolean nullable = types.contains("null") || Boolean.TRUE.equals(schema.get("nullable"));
        if (value == null) {
            if (!nullable && (!types.isEmpty() || ref != null)) {
                out.add(at + ": null, but the schema does not allow null");
            }
            return;
        }
        if (!types.isEmpty() && types.stream().noneMatch(t -> is(value, (String) t))) {
            out.add(at + ": " + kind(value) + " where the schema says " + types);
            return;
        }
        List<Object> allowed = list(schema.get("enum"));
        if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> same(a, value))) {
            out.add(at + ": " + value + " is not one of " + allowed);
        }
        if (value instanceof Map<?, ?> object) {
            for (Object name : list(schema.get("required"))) {
                if (!object.containsKey(name)) {
                    out.add(at + ": the required field " + name + " is missing");
                }
            }
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            Object extra = schema.get("additionalProperties");
            for (var e : object.entrySet()) {
                String key = String.valueOf(e.getKey());
                Map<String, Object> sub = (Map<String, Object>) properties.get(key);
                if (sub != null) {
                    check(e.getValue(), sub, at + "." + key, out, depth + 1);
                } else if (extra instanceof Map<?, ?> m) {
                    check(e.getValue(), (Map<String, Object>) m, at + "." + key, out, depth + 1);
                } else if (Boolean.FALSE.equals(extra)) {
                    out.add(at + ": the field " + key + " is not in the schema");
                }
            }
        }
        if (value instanceof List<?> array && schema.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), (Map<String, Object>) items, at + "[" + i + "]", out, depth + 1);
            }
        }
    }

    private static boolean is(Object value, String type) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof Collection;
            case "string" -> value instanceof String;
            case "boolean" -> value instanceof Boolean;
            case "integer" ->
                value instanceof Integer
                        || value instanceof Long
                        || value instanceof java.math.BigInteger
                        || value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
            case "number" -> value instanceof Number;
            default -> false;
        };
    }

    private static String kind(Object value) {
        for (String t : List.of("object", "array", "string", "boolean", "integer", "number")) {
            if (is(value, t)) {
                return t;
            }
        }
        return value.getClass().getSimpleName();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        if (o == null) {
            return List.of();
        }
        return o instanceof List<?> l ? (List<Object>) l : List.of(o);
    }
}
