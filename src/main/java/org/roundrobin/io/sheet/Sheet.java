package org.roundrobin.io.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;

/**
 * A campaign spreadsheet read by Apache Commons CSV: one row per authority, columns named in the header (any
 * case; spaces, hyphens and underscores alike). Question columns are {@code Q1}, {@code Q2}... optionally with
 * the label after the number ({@code Q1 Capability}). Columns our CSV export writes but that are worked out, not
 * typed (status, due dates, outcome...) are accepted and ignored, so an export can be imported again.
 */
record Sheet(Map<Integer, String> questions, List<Row> rows, List<String> ignored) {

    /** One spreadsheet row as written; {@code row} is its line number in the spreadsheet (the header is row 1). */
    record Row(int row, String authority, String sent, String responded, Map<Integer, String> cells, String sections, String notes) {
    }

    private static final Pattern QUESTION = Pattern.compile("(?i)^q\\s*(\\d{1,3})(?:\\s*[:.)\\-–]?\\s+(.+))?$");
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();
    /** Worked out from the timeline, so never imported: a re-imported export recomputes them. */
    private static final Set<String> DERIVED = Set.of("campaign", "jurisdiction", "status", "due", "working_days_taken",
            "working_days_late", "outcome", "review_due", "compliance_due");
    /** Facts the spreadsheet import does not record: allowed only when empty. */
    private static final Set<String> NOT_IMPORTED = Set.of("review_requested", "review_responded", "review_result",
            "complaint_submitted", "case_references", "decision_notice", "decision", "appeal_lodged");

    static {
        for (String s : List.of("authority_slug", "slug")) COLUMNS.put(s, "slug");
        for (String s : List.of("authority", "authority_name", "name", "force", "body", "public_authority")) COLUMNS.put(s, "authority");
        for (String s : List.of("sent", "date_sent", "sent_on", "request_sent")) COLUMNS.put(s, "sent");
        for (String s : List.of("responded", "date_responded", "responded_on", "response_date", "date_of_response")) COLUMNS.put(s, "responded");
        for (String s : List.of("sections", "sections_cited", "exemptions", "exemptions_cited")) COLUMNS.put(s, "sections");
        for (String s : List.of("notes", "note", "comments")) COLUMNS.put(s, "notes");
    }

    static Sheet read(byte[] bytes) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(bytes)), format)) {
            Map<String, String> roles = new LinkedHashMap<>(); // role -> header as written
            Map<Integer, String> questions = new TreeMap<>();
            Map<Integer, String> questionHeaders = new TreeMap<>();
            List<String> ignored = new ArrayList<>(), later = new ArrayList<>();
            List<FieldError> errors = new ArrayList<>();
            for (String h : parser.getHeaderNames()) {
                if (h == null || h.isBlank()) continue;
                Matcher q = QUESTION.matcher(h.strip());
                String folded = fold(h);
                if (q.matches()) {
                    int n = Integer.parseInt(q.group(1));
                    if (n < 1 || questionHeaders.putIfAbsent(n, h) != null) errors.add(FieldError.of(h, "question " + n + " has more than one column"));
                    questions.put(n, q.group(2) == null ? null : q.group(2).strip());
                } else if (COLUMNS.containsKey(folded)) {
                    String role = COLUMNS.get(folded);
                    if (role.equals("slug") || !roles.containsKey(role)) roles.put(role, h);
                    else errors.add(FieldError.of(h, "says the same as the column '" + roles.get(role) + "'"));
                } else if (DERIVED.contains(folded)) {
                    ignored.add(h);
                } else if (NOT_IMPORTED.contains(folded)) {
                    later.add(h);
                } else {
                    errors.add(FieldError.of(h, "is not a column the import knows: authority (name or slug), sent, responded, Q1…Qn,"
                            + " sections, notes"));
                }
            }
            if (!roles.containsKey("authority") && !roles.containsKey("slug")) {
                errors.add(FieldError.of("header", "needs a column naming the authority ('authority': its name or slug)"));
            }
            if (questions.isEmpty()) errors.add(FieldError.of("header", "needs one column per question: Q1, Q2… (e.g. \"Q1 Capability\")"));
            if (!errors.isEmpty()) throw ProblemException.invalid(errors);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                int row = (int) r.getRecordNumber() + 1;
                for (String h : later) {
                    if (get(r, h) != null) {
                        errors.add(new FieldError(h, row, "the spreadsheet import records the request and its response only; record reviews and"
                                + " regulator cases on each request afterwards (or leave this column empty)"));
                    }
                }
                String slug = get(r, roles.get("slug"));
                Map<Integer, String> cells = new TreeMap<>();
                questionHeaders.forEach((n, h) -> cells.put(n, get(r, h)));
                rows.add(new Row(row, slug != null ? slug : get(r, roles.get("authority")), get(r, roles.get("sent")),
                        get(r, roles.get("responded")), cells, get(r, roles.get("sections")), get(r, roles.get("notes"))));
            }
            if (!errors.isEmpty()) throw ProblemException.invalid(errors);
            ignored.addAll(later);
            return new Sheet(questions, rows, ignored);
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw ProblemException.invalid("body", "is not a readable CSV file: " + e.getMessage());
        }
    }

    private static String get(CSVRecord r, String header) {
        if (header == null || !r.isMapped(header) || !r.isSet(header)) return null;
        String v = r.get(header).strip();
        return v.isEmpty() ? null : v;
    }

    static String fold(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_]+", "_");
    }

    /** Strict UTF-8, a leading byte-order mark (Excel's "CSV UTF-8") removed. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("body", "is not UTF-8 text; save the file as \"CSV UTF-8\" and try again");
        }
    }
}
