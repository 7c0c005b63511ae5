package org.roundrobin.law;

import java.util.Locale;

/** Normalises free text so that the forgiving {@code parse} methods compare like with like. */
final class Keys {

    private Keys() {
    }

    /**
     * Lower-cases, reads {@code &} as "and" and drops everything but letters and digits, so
     * "England & Wales", "england_and-wales" and "ENGLAND_WALES" become "englandandwales" / "englandwales".
     * Returns "" for null.
     */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace("&", " and ");
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
