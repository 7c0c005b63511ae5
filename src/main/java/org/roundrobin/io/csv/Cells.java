package org.roundrobin.io.csv;

/**
 * Spreadsheet safety for text we write into CSV cells. Excel and LibreOffice run a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula (CSV injection, e.g. {@code =cmd|' /C calc'!A0});
 * OWASP's advice is to prefix such a cell with a single quote, which both show as text. Quoting commas, quotes
 * and line breaks is Commons CSV's job, not this.
 */
public final class Cells {

    private Cells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) return value;
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' ? "'" + value : value;
    }
}
