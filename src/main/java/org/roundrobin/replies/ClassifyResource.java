package org.roundrobin.replies;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;
import org.roundrobin.law.Law;

/**
 * Suggests how a reply answered: {@code POST /api/classify} reads a reply sent as text, HTML, PDF or Word (raw
 * body or a form upload in field {@code file}), with {@code law=FOIA|FOISA} and {@code questions=N}. Nothing is
 * recorded. Stored replies: {@link SuggestionResource}.
 */
@Path("/api/classify")
@Produces(MediaType.APPLICATION_JSON)
public class ClassifyResource {

    static final int MAX_QUESTIONS = 100;

    @Inject
    RepliesConfig config;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, "application/pdf", FileType.DOCX_MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Authenticated
    public Suggestion classify(byte[] body, @HeaderParam("Content-Type") String mediaType,
                               @RestQuery String law, @RestQuery String questions) {
        Query q = query(law, questions);
        return classify(Extraction.read(body, mediaType, null, config.limits()), q);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    public Suggestion classifyUpload(@RestForm("file") FileUpload file, @RestQuery String law, @RestQuery String questions) {
        Query q = query(law, questions);
        if (file == null || file.uploadedFile() == null) throw ProblemException.invalid("file", "is required: the reply to read (text, HTML, PDF or .docx)");
        long max = config.limits().maxBytes();
        if (file.size() > max) {
            throw ProblemException.tooLarge("The file is " + file.size() + " bytes; at most " + max + " are accepted (roundrobin.replies.max-bytes)");
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return classify(Extraction.read(bytes, file.contentType(), file.fileName(), config.limits()), q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Suggestion classify(ReplyText text, Query q) {
        if (!text.textLayer()) return Suggestion.nothingToRead(false, text.notes());
        return Classifier.classify(text.text(), q.law, q.questions).withNotes(true, text.notes());
    }

    private record Query(Law law, int questions) {
    }

    private static Query query(String law, String questions) {
        List<FieldError> errors = new ArrayList<>();
        Law l = Law.FOIA;
        if (law != null && !law.isBlank()) {
            l = Law.parse(law).orElse(null);
            if (l == null) errors.add(FieldError.of("law", "'" + law + "' is not a law: use FOIA or FOISA"));
        }
        int n = 0;
        if (questions != null && !questions.isBlank()) {
            try {
                n = Integer.parseInt(questions.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > MAX_QUESTIONS) errors.add(FieldError.of("questions", "'" + questions + "' is not a number of questions (0-" + MAX_QUESTIONS + ")"));
        }
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
        return new Query(l, n);
    }
}
