package org.roundrobin.authority;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.roundrobin.http.ProblemException;
import org.roundrobin.job.Job;
import org.roundrobin.job.Jobs;

/**
 * A directory import with a progress bar. The whole file is first checked exactly as {@link Directory#importCsv}
 * checks it, in a transaction that is rolled back (so a bad row stops it before anything is written); then the
 * rows are imported in batches, one transaction each. Importing is by slug, so running a failed import again
 * finishes it without duplicating anything.
 */
@ApplicationScoped
public class ImportJob {

    public static final String KIND = "directory-import";
    static final int BATCH = 200;

    @Inject
    Directory directory;
    @Inject
    Jobs jobs;
    @Inject
    jakarta.transaction.UserTransaction transaction;

    public Job start(String filename, byte[] csv, String jurisdiction) {
        List<String> batches = split(csv);
        int rows = batches.stream().mapToInt(b -> (int) b.lines().count() - 1).sum();
        return jobs.start(KIND, filename, "Importing " + filename, "/authorities", rows, progress -> {
            transaction.begin(); // every check the real import makes, then nothing kept
            try {
                directory.importCsv(csv, jurisdiction);
            } finally {
                transaction.rollback();
            }
            progress.advance(0, "Checked every row; importing");
            int done = 0;
            for (String batch : batches) {
                Directory.ImportResult r;
                try {
                    r = QuarkusTransaction.requiringNew().call(() -> directory.importCsv(batch.getBytes(StandardCharsets.UTF_8), jurisdiction));
                } catch (RuntimeException e) {
                    throw new Jobs.Failed("Rows after the first " + done + " were not imported: " + Jobs.describe(e),
                            "Fix the file and import it again: rows already imported are matched by slug and stay as they are.");
                }
                done += r.rows();
                progress.advance(r.rows(), r.created() + " created, " + r.updated() + " updated, " + r.unchanged() + " unchanged in the last batch");
            }
        });
    }

    /** The file as batches of rows, each with the header, so each batch is itself a valid import. */
    static List<String> split(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        CSVFormat in = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).get();
        List<String> batches = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), in)) {
            List<String> header = parser.getHeaderNames();
            CSVFormat out = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
            List<CSVRecord> rows = parser.getRecords();
            for (int i = 0; i < rows.size(); i += BATCH) {
                StringWriter w = new StringWriter();
                try (CSVPrinter p = new CSVPrinter(w, out)) {
                    for (CSVRecord r : rows.subList(i, Math.min(rows.size(), i + BATCH))) p.printRecord(r.toList());
                }
                batches.add(w.toString());
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw ProblemException.invalid("file", "is not a readable CSV file: " + e.getMessage());
        }
        if (batches.isEmpty()) throw ProblemException.invalid("file", "has a header but no rows to import");
        return batches;
    }
}
