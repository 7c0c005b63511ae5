package org.roundrobin.request;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.campaign.Question;
import org.roundrobin.http.ProblemException;
import org.roundrobin.web.Form;
import org.roundrobin.web.OutcomeStyle;

/**
 * Recording responses fast: one authority at a time, the whole response (date, reference, an outcome and sections
 * per question, note, the letter) in one submit, pre-filled from {@link ResponsePrefill}, then on to the next
 * authority still awaiting a response.
 */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
public class ResponsePages {

    private static final Pattern ANSWER_PATH = Pattern.compile("^outcomes\\[(\\d+)](\\.(outcome|sections|question))?.*$");

    @Inject
    ResponsePrefill prefill;
    @Inject
    Responses responses;
    @Inject
    AppClock clock;
    @ConfigProperty(name = "roundrobin.web.upload-max-bytes", defaultValue = "10M")
    MemorySize uploadMax;

    @TemplateData
    public record QuestionField(int number, String label, String text, String outcomeName, String sectionsName) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance responses(Campaign campaign, FoiRequest request, List<QuestionField> questions, Form form,
                                                 List<OutcomeStyle> outcomes, String prefilledFrom, long awaiting, String recorded);
    }

    @GET
    @Path("{slug}/responses")
    @Transactional
    @CampaignAccess(Role.EDITOR)
    public String form(@PathParam("slug") String slug, @QueryParam("request") Long requestId,
                                 @QueryParam("after") Long after, @QueryParam("recorded") Long recorded) {
        Campaign c = Campaigns.find(slug);
        FoiRequest r = requestId != null ? Timelines.find(requestId) : next(c, after != null ? after : recorded);
        if (r != null && r.campaign.id.longValue() != c.id.longValue()) throw ProblemException.notFound("Request " + requestId + " in campaign '" + slug + "'");
        String done = recorded == null ? null : FoiRequest.<FoiRequest>findByIdOptional(recorded).map(x -> x.authority.name).orElse(null);
        if (r == null) return page(c, null, Form.empty(), null, done).render();
        PrefillSource.Prefill p = prefill.prefill(r);
        Form form = Form.empty().put("on", clock.today()).put("version", r.version).put("request", r.id);
        for (Question q : c.questions) {
            p.answer(q.number).ifPresent(a -> form.put("outcome-" + q.number, a.outcome().name())
                    .put("sections-" + q.number, String.join(", ", a.sections())));
        }
        return page(c, r, form, p.source(), done).render();
    }

    @POST
    @Path("{slug}/responses")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @CampaignAccess(Role.EDITOR)
    public Response record(@PathParam("slug") String slug, MultipartFormDataInput input) throws IOException {
        Form form = Form.empty();
        Responses.Letter letter = null;
        for (var e : input.getValues().entrySet()) {
            for (FormValue v : e.getValue()) {
                if (v.isFileItem()) {
                    if (e.getKey().equals("letter")) letter = letter(v, form);
                } else {
                    form.put(e.getKey(), v.getValue());
                }
            }
        }
        long requestId = parseId(form.value("request"));
        List<Question> questions = QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = Campaigns.find(slug);
            if (!Timelines.find(requestId).campaign.id.equals(c.id)) {
                throw ProblemException.notFound("Request " + requestId + " in campaign '" + slug + "'");
            }
            return List.copyOf(c.questions);
        });
        List<EventInput.OutcomeInput> outcomes = new ArrayList<>();
        for (Question q : questions) {
            String o = form.value("outcome-" + q.number);
            Outcome outcome = null;
            if (o.isBlank()) {
                form.error("outcome-" + q.number, "choose the outcome of question " + q.number);
            } else {
                try {
                    outcome = Outcome.valueOf(o);
                } catch (IllegalArgumentException ex) {
                    form.error("outcome-" + q.number, "'" + o + "' is not one of the outcomes");
                }
            }
            List<String> sections = java.util.Arrays.stream(form.value("sections-" + q.number).split("[,;]+"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            outcomes.add(new EventInput.OutcomeInput(q.number, outcome, sections));
        }
        EventInput response = new EventInput(EventType.RESPONDED, EventForms.date(form, "on"), blank(form.value("note")),
                blank(form.value("authorityReference")), null, outcomes, null, null, null, null, null, null, version(form));
        if (response.on() == null && !form.hasError("on")) form.error("on", "is required: the date of the response");
        if (!form.invalid()) {
            try {
                responses.record(requestId, response, letter);
                return Response.seeOther(URI.create("/campaigns/" + slug + "/responses?recorded=" + requestId)).build();
            } catch (ProblemException p) {
                if (p.status == 404) throw p;
                form.add(p, path -> field(path, questions));
            }
        }
        if (letter != null) form.error("letter", "choose the file again: a browser cannot keep a chosen file when the form comes back");
        String html = QuarkusTransaction.requiringNew().call(() -> {
            FoiRequest r = Timelines.find(requestId);
            return page(Campaigns.find(slug), r, form, null, null).render();
        });
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private TemplateInstance page(Campaign c, FoiRequest r, Form form, String prefilledFrom, String recorded) {
        List<QuestionField> qs = c.questions.stream()
                .map(q -> new QuestionField(q.number, q.label, q.text, "outcome-" + q.number, "sections-" + q.number)).toList();
        long awaiting = FoiRequest.count("campaign = ?1 and state in ?2", c, List.of(Status.AWAITING_RESPONSE, Status.AWAITING_CLARIFICATION));
        List<OutcomeStyle> outcomes = java.util.Arrays.stream(Outcome.values()).map(OutcomeStyle::of).toList();
        return Templates.responses(c, r, qs, form, outcomes, prefilledFrom, awaiting, recorded);
    }

    /** The next request awaiting a response after {@code afterId} in authority order (wrapping round), or the first. */
    static FoiRequest next(Campaign c, Long afterId) {
        String base = "select r from FoiRequest r join fetch r.authority a where r.campaign = ?1 and r.state in ?2";
        List<Status> awaiting = List.of(Status.AWAITING_RESPONSE, Status.AWAITING_CLARIFICATION);
        FoiRequest after = afterId == null ? null : FoiRequest.findById(afterId);
        if (after != null) {
            FoiRequest r = FoiRequest.<FoiRequest>find(base + " and (a.name > ?3 or (a.name = ?3 and r.id > ?4)) order by a.name, r.id",
                    c, awaiting, after.authority.name, after.id).firstResult();
            if (r != null) return r;
        }
        return FoiRequest.<FoiRequest>find(base + " order by a.name, r.id", c, awaiting).firstResult();
    }

    /** Where a problem from the timeline belongs on this form. */
    static String field(String path, List<Question> questions) {
        Matcher m = ANSWER_PATH.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i >= questions.size()) return null;
            int n = questions.get(i).number;
            return "outcome".equals(m.group(3)) ? "outcome-" + n : "sections-" + n;
        }
        return switch (path) {
            case "on", "note", "authorityReference" -> path;
            default -> null;
        };
    }

    private Responses.Letter letter(FormValue v, Form form) throws IOException {
        if (v.getFileName() == null || v.getFileName().isBlank() || v.getFileItem().getFileSize() == 0) return null;
        if (v.getFileItem().getFileSize() > uploadMax.asLongValue()) {
            form.error("letter", "is larger than " + uploadMax.asLongValue() / (1024 * 1024) + " MB (setting roundrobin.web.upload-max-bytes)");
            return null;
        }
        byte[] bytes;
        try (InputStream in = v.getFileItem().getInputStream()) {
            bytes = in.readAllBytes();
        }
        String name = v.getFileName().replaceAll(".*[/\\\\]", "");
        if (name.length() > 255) name = name.substring(name.length() - 255);
        // The type is what the bytes are, not what the browser claimed; anything that is not a letter is refused.
        java.util.Optional<String> type = org.roundrobin.security.Uploads.letterType(bytes, name);
        if (type.isEmpty()) {
            form.error("letter", "is not a kind of file a letter comes as (PDF, Word, OpenDocument, an image, an e-mail, HTML or text)");
            return null;
        }
        return new Responses.Letter(name, type.get(), bytes);
    }

    private static Integer version(Form f) {
        try {
            return f.value("version").isBlank() ? null : Integer.valueOf(f.value("version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("request", "is not a request of this campaign");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
