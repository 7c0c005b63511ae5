package org.roundrobin.support;

import static org.roundrobin.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.function.Predicate;

/** Export documents (GET /api/export) to edit in tests, and the proof that a refused restore wrote nothing. */
public final class Documents {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Documents() {
    }

    /** Everything, as a document to edit. */
    public static ObjectNode everything() {
        try {
            return (ObjectNode) MAPPER.readTree(given().get("/api/export").then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ArrayNode section(ObjectNode doc, String name) {
        return (ArrayNode) doc.get("sections").get(name);
    }

    /** The first item of a section that matches. */
    public static ObjectNode item(ObjectNode doc, String section, Predicate<JsonNode> which) {
        for (JsonNode n : section(doc, section)) if (which.test(n)) return (ObjectNode) n;
        throw new AssertionError("no such item in " + section);
    }

    public static int indexOf(ObjectNode doc, String section, Predicate<JsonNode> which) {
        ArrayNode items = section(doc, section);
        for (int i = 0; i < items.size(); i++) if (which.test(items.get(i))) return i;
        throw new AssertionError("no such item in " + section);
    }

    public static void remove(ObjectNode doc, String section, Predicate<JsonNode> which) {
        Iterator<JsonNode> it = section(doc, section).elements();
        boolean removed = false;
        while (it.hasNext()) {
            if (which.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        assertTrue(removed, "nothing removed from " + section);
    }

    public static Predicate<JsonNode> has(String field, String value) {
        return n -> value.equals(n.path(field).asText(null));
    }

    /** A fresh database (FreshDatabaseProfile) still holds nothing at all: every section of the export is empty. */
    public static void assertNothingStored() {
        JsonNode sections = everything().get("sections");
        sections.fieldNames().forEachRemaining(name -> {
            if (name.equals("users")) { // but for the administrator a first start creates
                sections.get(name).forEach(u -> org.junit.jupiter.api.Assertions.assertTrue(u.get("admin").asBoolean(), "users holds " + u));
            } else {
                assertEquals(0, sections.get(name).size(), name + " holds " + sections.get(name));
            }
        });
    }
}
