package org.roundrobin.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** An RFC 7807 problem document: what went wrong, in words a person can act on, and which field is at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One fault: the field (a JSON path such as {@code questions[1].label} or a CSV column), and the CSV row where it applies. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, Integer row, String message) {
        public static FieldError of(String field, String message) {
            return new FieldError(field, null, message);
        }
    }

    /** Extra members such as {@code allowed} (the events allowed now) sit at the top level, as RFC 7807 says. */
    @JsonAnyGetter
    public Map<String, Object> any() {
        return extensions == null ? Map.of() : extensions;
    }
}
