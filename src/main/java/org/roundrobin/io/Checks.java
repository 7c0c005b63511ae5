package org.roundrobin.io;

import java.util.function.BiConsumer;
import org.roundrobin.authority.Slugs;

/** Field checks for restored items, with the limits of the columns they land in. */
public final class Checks {

    private final BiConsumer<String, String> error;

    /** {@code error} receives (field, message) for the item being checked. */
    public Checks(BiConsumer<String, String> error) {
        this.error = error;
    }

    public static Checks of(Restore restore, String section, int index) {
        return new Checks((field, message) -> restore.error(section, index, field, message));
    }

    public boolean required(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            error.accept(field, "is required");
            return false;
        }
        return true;
    }

    public void max(String value, int max, String field) {
        if (value != null && value.length() > max) error.accept(field, "is longer than " + max + " characters");
    }

    public void oneLine(String value, String field) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            error.accept(field, "must be on one line (it contains a line break or control character)");
        }
    }

    public boolean slug(String value, String field) {
        if (!required(value, field)) return false;
        if (!Slugs.isValid(value)) {
            error.accept(field, "'" + value + "' is not a slug (lower-case letters, digits and single hyphens)");
            return false;
        }
        return true;
    }

    public void fail(String field, String message) {
        error.accept(field, message);
    }
}
