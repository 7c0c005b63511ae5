package org.roundrobin.replies;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Timelines;
import org.roundrobin.web.Form;
import org.roundrobin.web.Notices;
import org.roundrobin.web.Redirects;

/**
 * "Add a reply received": a reply that came by post or through a web portal, as a file and/or pasted text, stored
 * with the request and RECEIVED on its timeline so it is read and suggested like an emailed one. The request page
 * embeds the form; a refused submit comes back on this page with each message by its field.
 */
@Path("/requests")
@Produces(MediaType.TEXT_HTML)
public class ReplyPages {

    @Inject
    ReplyUploads uploads;
    @Inject
    RepliesConfig config;
    @Inject
    AppClock clock;
    @ConfigProperty(name = "roundrobin.web.upload-max-bytes", defaultValue = "10M")
    MemorySize uploadMax;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reply(FoiRequest request, Form form);
    }

    @GET
    @Path("{id}/replies/new")
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.REQUEST)
    public String form(@PathParam("id") long id) {
        return Templates.reply(Timelines.find(id), Form.empty().put("on", clock.today()).put("how", "POST")).render();
    }

    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.REQUEST)
    public Response add(@PathParam("id") long id, MultipartFormDataInput input) throws IOException {
        Form form = Form.empty();
        ReplyUploads.Upload file = null;
        for (var e : input.getValues().entrySet()) {
            for (FormValue v : e.getValue()) {
                if (!v.isFileItem()) form.put(e.getKey(), v.getValue());
                else if (e.getKey().equals("file")) file = file(v, form);
            }
        }
        LocalDate sentOn = QuarkusTransaction.requiringNew().call(() -> Timelines.find(id).sentOn);
        LocalDate on = date(form, sentOn);
        ReplyUploads.How how = Arrays.stream(ReplyUploads.How.values()).filter(h -> h.name().equals(form.value("how"))).findFirst().orElse(null);
        if (how == null) form.error("how", "choose how the reply came");
        String text = blank(form.value("text"));
        if (text != null && text.length() > config.maxChars()) {
            form.error("text", "is " + text.length() + " characters long; at most " + config.maxChars()
                    + " are read (roundrobin.replies.max-chars): attach the reply as a file instead");
        }
        String from = blank(form.value("from"));
        if (from != null && from.length() > 320) form.error("from", "is longer than 320 characters");
        String subject = blank(form.value("subject"));
        if (subject != null && subject.length() > 998) form.error("subject", "is longer than 998 characters");
        if (file == null && text == null && !form.hasError("file")) {
            form.error("file", "add the reply: choose its file, or paste its text below (or both)");
        }
        ReplyUploads.Checked checked = null;
        if (file != null) {
            try {
                checked = uploads.check(file);
            } catch (ProblemException p) {
                form.error("file", refusal(p));
            }
        }
        if (!form.invalid()) {
            try {
                uploads.store(id, new ReplyUploads.Input(on, how, from, subject, text, checked));
                return Redirects.seeOther("/requests/" + id, Notices.query(Notices.Code.REPLY_ADDED), "reply-suggestion");
            } catch (ProblemException p) {
                if (p.status == 404) throw p;
                form.add(p, f -> f.equals("on") || f.equals("note") ? "on" : null);
            }
        }
        if (file != null) form.error("file", "choose the file again: a browser cannot keep a chosen file when the form comes back");
        String html = QuarkusTransaction.requiringNew().call(() -> Templates.reply(Timelines.find(id), form).render());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** The date received: required, a date, not in the future, not before the request went. */
    private LocalDate date(Form form, LocalDate sentOn) {
        String v = form.value("on");
        if (v.isBlank()) {
            form.error("on", "is required: the date the reply arrived");
            return null;
        }
        try {
            LocalDate on = LocalDate.parse(v.strip());
            if (on.isAfter(clock.today())) form.error("on", "is in the future (today is " + clock.today() + ")");
            else if (sentOn != null && on.isBefore(sentOn)) form.error("on", "is before the request was sent (" + sentOn + ")");
            return on;
        } catch (DateTimeParseException e) {
            form.error("on", "'" + v + "' is not a date; use the form yyyy-mm-dd");
            return null;
        }
    }

    private ReplyUploads.Upload file(FormValue v, Form form) throws IOException {
        if (v.getFileName() == null || v.getFileName().isBlank() || v.getFileItem().getFileSize() == 0) return null;
        if (v.getFileItem().getFileSize() > uploadMax.asLongValue()) {
            form.error("file", "is larger than " + uploadMax.asLongValue() / (1024 * 1024) + " MB (setting roundrobin.web.upload-max-bytes)");
            return null;
        }
        byte[] bytes;
        try (InputStream in = v.getFileItem().getInputStream()) {
            bytes = in.readAllBytes();
        }
        String name = v.getFileName().replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "_");
        if (name.length() > 255) name = name.substring(name.length() - 255);
        return new ReplyUploads.Upload(name, v.getHeaders().getFirst("Content-Type"), bytes);
    }

    /** Why the reader would not take the file, in words for the form. */
    private static String refusal(ProblemException p) {
        return switch (p.status) {
            case 413 -> "is too large to read: " + p.getMessage();
            case 415 -> "is not a kind of file Round Robin reads: " + p.getMessage();
            default -> "could not be read: " + p.getMessage();
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
