package no.journeydiag.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON body a problem is, and what was expected there, in words a client can act on. */
final class JsonProblems {

    private JsonProblems() {}

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    /** The path of the property a strict parser found twice ("answers.q1"), or null for any other parse error. */
    static String duplicateProperty(JsonParseException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate field '") || !message.endsWith("'")) {
            return null;
        }
        String name = message.substring("Duplicate field '".length(), message.length() - 1);
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return name;
        }
        // The parser stopped at the duplicate, so its context chain is the path to it.
        String path = "";
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            String rest = path.isEmpty() || path.startsWith("[") ? path : "." + path;
            if (c.inArray()) {
                path = "[" + Math.max(c.getCurrentIndex(), 0) + "]" + rest;
            } else if (c.getCurrentName() != null) {
                path = c.getCurrentName() + rest;
            }
        }
        return path.isEmpty() ? name : path;
    }

    static String describe(Class<?> type) {
        if (type == String.class) {
            return "a text value";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a different kind of value";
    }

    static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
