package org.roundrobin.support;

import static org.roundrobin.support.Api.given;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reading our HTML pages in tests: fetch, parse, and find a field's messages. */
public final class Pages {

    private Pages() {
    }

    public static Document get(String path) {
        Response r = given().redirects().follow(false).get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.asString());
        return Jsoup.parse(r.asString());
    }

    public static Document parse(Response r) {
        return Jsoup.parse(r.asString());
    }

    /** The text of the field wrapper around the input {@code id}: its label, hint and messages. */
    public static String field(Document d, String id) {
        Element input = d.getElementById(id);
        if (input == null) throw new AssertionError("no field " + id);
        return input.parent().text();
    }
}
