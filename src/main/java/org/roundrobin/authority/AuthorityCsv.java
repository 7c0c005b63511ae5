package org.roundrobin.authority;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;

/**
 * Reads a directory CSV in one of two layouts: ours (the columns of the shipped police file) or
 * WhatDoTheyKnow's public authority export ("Name", "Short name", "URL name", "Tags", "Home page", ...).
 * Parsing is Apache Commons CSV's (RFC 4180: quoted commas and newlines, CRLF); we only map columns.
 */
final class AuthorityCsv {

    enum Layout { ROUND_ROBIN, WHATDOTHEYKNOW }

    record Row(int row, AuthorityInput input) {
    }

    record Parsed(Layout layout, List<Row> rows, List<String> ignoredColumns) {
    }

    /** Our columns; any header spelling that folds to these names (case, spaces, hyphens) is accepted. */
    private static final List<String> OURS = List.of("slug", "name", "short_name", "jurisdiction", "law", "regulator",
            "website", "tags", "foi_email", "email_confirmed", "whatdotheyknow", "notes");
    private static final List<String> WDTK_COLUMNS = List.of("name", "short_name", "url_name", "tags", "home_page", "notes",
            "jurisdiction", "request_email", "foi_email");

    private AuthorityCsv() {
    }

    static Parsed parse(byte[] bytes, String defaultJurisdiction) {
        String text = decode(bytes);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = new LinkedHashMap<>(); // folded name -> header as written
            for (String h : parser.getHeaderNames()) {
                if (h != null && !h.isBlank()) columns.putIfAbsent(fold(h), h);
            }
            if (!columns.containsKey("name")) {
                throw ProblemException.invalid("header", "the first line must name the columns, including 'name' (found: "
                        + String.join(", ", parser.getHeaderNames()) + ")");
            }
            Layout layout = columns.containsKey("url_name") ? Layout.WHATDOTHEYKNOW : Layout.ROUND_ROBIN;
            List<String> known = layout == Layout.WHATDOTHEYKNOW ? WDTK_COLUMNS : OURS;
            List<String> ignored = columns.entrySet().stream().filter(e -> !known.contains(e.getKey())).map(Map.Entry::getValue).toList();
            if (layout == Layout.ROUND_ROBIN && !ignored.isEmpty()) {
                // In our own layout an unknown column is a typo that would lose data: refuse rather than drop it.
                throw ProblemException.invalid("header", "unknown column(s) " + ignored + "; the columns are " + OURS);
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                int row = (int) r.getRecordNumber() + 1; // the spreadsheet row: the header is row 1
                rows.add(new Row(row, layout == Layout.WHATDOTHEYKNOW ? wdtk(r, columns, defaultJurisdiction) : ours(r, columns)));
            }
            return new Parsed(layout, rows, ignored);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalid("body", "is not a readable CSV file: " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw ProblemException.invalid("body", "is not a readable CSV file: " + e.getCause().getMessage());
        }
    }

    private static AuthorityInput ours(CSVRecord r, Map<String, String> cols) {
        String confirmed = get(r, cols, "email_confirmed");
        return new AuthorityInput(get(r, cols, "slug"), get(r, cols, "name"), get(r, cols, "short_name"),
                get(r, cols, "jurisdiction"), get(r, cols, "law"), get(r, cols, "regulator"), get(r, cols, "foi_email"),
                confirmed == null ? null : parseBoolean(confirmed, (int) r.getRecordNumber() + 1), get(r, cols, "website"), get(r, cols, "whatdotheyknow"),
                split(get(r, cols, "tags"), "[;,]"), get(r, cols, "notes"), null);
    }

    /** WhatDoTheyKnow's export has no jurisdiction: take a column if present, else infer from tags, else the default given. */
    private static AuthorityInput wdtk(CSVRecord r, Map<String, String> cols, String defaultJurisdiction) {
        List<String> tags = split(get(r, cols, "tags"), "\\s+");
        String jurisdiction = get(r, cols, "jurisdiction");
        if (jurisdiction == null) {
            jurisdiction = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).map(AuthorityCsv::jurisdictionFromTag)
                    .filter(j -> j != null).findFirst().orElse(defaultJurisdiction);
        }
        String email = get(r, cols, "request_email") != null ? get(r, cols, "request_email") : get(r, cols, "foi_email");
        String urlName = get(r, cols, "url_name");
        return new AuthorityInput(null, get(r, cols, "name"), get(r, cols, "short_name"), jurisdiction, null, null,
                email, null, get(r, cols, "home_page"), urlName, tags, get(r, cols, "notes"), null);
    }

    private static String jurisdictionFromTag(String tag) {
        return switch (tag) {
            case "scotland", "scottish" -> "SCOTLAND";
            case "northern_ireland", "northernireland", "ni" -> "NORTHERN_IRELAND";
            case "wales", "welsh", "england" -> "ENGLAND_WALES";
            default -> null;
        };
    }

    private static String get(CSVRecord r, Map<String, String> cols, String name) {
        String header = cols.get(name);
        if (header == null || !r.isMapped(header) || !r.isSet(header)) return null;
        return AuthorityRules.trim(r.get(header));
    }

    private static List<String> split(String value, String separator) {
        return value == null ? List.of() : Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Boolean parseBoolean(String s, int row) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw ProblemException.invalid(List.of(new FieldError("email_confirmed", row, "'" + s + "' is not yes or no")));
        };
    }

    static String fold(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    /** Strict UTF-8 (a Latin-1 file gets a clear error, not mojibake), with a leading byte-order mark removed. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("body", "is not UTF-8 text; save the file as \"CSV UTF-8\" and try again");
        }
    }
}
