package org.roundrobin.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.roundrobin.web.Form;

/**
 * The campaign form's fields as typed, and their mapping to {@link CampaignInput}: questions are one per line
 * ("Short label: the full question"), target authorities one slug per line.
 */
record CampaignForm(String title, String slug, String description, String requestText, String questions, String requesterName,
                    String requesterEmail, String targetTag, String targetJurisdiction, String targetAuthorities,
                    String relatedTo, Integer version) {

    private static final Pattern INDEXED = Pattern.compile("^questions\\[(\\d+)]\\.?(.*)$");

    static CampaignForm of(Campaign c) {
        String qs = c.questions.stream().map(q -> q.label + (q.text == null || q.text.isBlank() ? "" : ": " + q.text))
                .collect(Collectors.joining("\n"));
        String authorities = c.targetAuthorities.stream().map(a -> a.slug).sorted().collect(Collectors.joining("\n"));
        return new CampaignForm(c.title, c.slug, c.description, c.requestText, qs, c.requesterName, c.requesterEmail, c.targetTag,
                c.targetJurisdiction == null ? null : c.targetJurisdiction.name(), authorities,
                c.related == null ? null : c.related.slug, c.version);
    }

    Form toForm() {
        return Form.empty().put("title", title).put("slug", slug).put("description", description).put("requestText", requestText)
                .put("questions", questions).put("requesterName", requesterName).put("requesterEmail", requesterEmail)
                .put("targetTag", targetTag).put("targetJurisdiction", targetJurisdiction).put("targetAuthorities", targetAuthorities)
                .put("relatedTo", relatedTo).put("version", version);
    }

    CampaignInput toInput() {
        List<CampaignInput.QuestionInput> qs = new ArrayList<>();
        int n = 1;
        for (String line : lines(questions)) {
            int colon = line.indexOf(':');
            String label = colon < 0 ? line : line.substring(0, colon).strip();
            String text = colon < 0 ? null : line.substring(colon + 1).strip();
            qs.add(new CampaignInput.QuestionInput(n++, label, text == null || text.isEmpty() ? null : text));
        }
        List<String> authorities = lines(targetAuthorities).stream()
                .flatMap(l -> Arrays.stream(l.split("[,\\s]+"))).filter(s -> !s.isBlank()).toList();
        return new CampaignInput(blank(title), blank(slug), blank(description), blank(requestText), qs,
                new CampaignInput.Requester(blank(requesterName), blank(requesterEmail)),
                new CampaignInput.Targets(blank(targetTag), blank(targetJurisdiction), authorities.isEmpty() ? null : authorities),
                blank(relatedTo), version);
    }

    /** The form field a problem's path belongs to. */
    static String field(String path) {
        if (path == null || path.isEmpty()) return null;
        if (path.startsWith("questions")) return "questions";
        return switch (path) {
            case "requester.name" -> "requesterName";
            case "requester.email", "requester" -> "requesterEmail";
            case "targets.tag", "targets" -> "targetTag";
            case "targets.jurisdiction" -> "targetJurisdiction";
            case "targets.authorities" -> "targetAuthorities";
            case "title", "slug", "description", "requestText", "relatedTo" -> path;
            default -> null;
        };
    }

    /** Messages about one question say which line. */
    static String message(String path, String message) {
        Matcher m = INDEXED.matcher(path);
        if (m.matches()) {
            return "Line " + (Integer.parseInt(m.group(1)) + 1) + (m.group(2).isEmpty() ? "" : " (" + m.group(2) + ")") + ": " + message;
        }
        return message;
    }

    private static List<String> lines(String text) {
        if (text == null) return List.of();
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
