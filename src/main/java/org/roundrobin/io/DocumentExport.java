package org.roundrobin.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes the export document while reading it: each section hands over its items one at a time and each is
 * serialised at once, so memory stays flat however large the database. One transaction, so the sections agree.
 */
@ApplicationScoped
public class DocumentExport {

    public static final String FORMAT = "round-robin-export";
    public static final int VERSION = 1;
    /** An export of a large database may take a while; the transaction must outlive it. */
    static final int TIMEOUT_SECONDS = 3600;

    @Inject
    Sections sections;
    @Inject
    ObjectMapper mapper;

    public void write(ExportScope scope, OutputStream out) {
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("version", VERSION);
                g.writeStringField("exportedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                if (!scope.isAll()) g.writeStringField("campaign", scope.campaign());
                g.writeObjectFieldStart("sections");
                for (DataSection<?> s : sections.ordered()) {
                    g.writeArrayFieldStart(s.name());
                    s.export(scope, item -> write(g, item));
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void write(JsonGenerator g, Object item) {
        try {
            g.writeObject(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
