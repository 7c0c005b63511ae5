package org.roundrobin.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.roundrobin.http.ProblemException;

/** An optional JSON body: absent (no body, any content type) is null; anything else must parse, or it is a 400. */
final class JsonBody {

    private JsonBody() {
    }

    static <T> T optional(ObjectMapper mapper, String body, Class<T> type) {
        if (body == null || body.isBlank()) return null;
        try {
            return mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not valid JSON for this call: " + e.getOriginalMessage());
        }
    }
}
