package org.roundrobin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.roundrobin.authority.Authority;
import org.roundrobin.authority.AuthorityView;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.EmailLaunch;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Launcher;

/**
 * Launch by email: in ONE transaction the requests are created and the request letter is queued to every target
 * with an address (no SMTP work here: the sender delivers them and dates each SENT event on delivery). Targets
 * without an address are reported, to be sent by hand and recorded. A malformed address, requester name or subject
 * refuses the launch with a 400 and nothing changes.
 */
@ApplicationScoped
public class LaunchByEmail implements EmailLaunch {

    @Inject
    Launcher launcher;
    @Inject
    Outbox outbox;
    @Inject
    Composer composer;

    public record Unsent(AuthorityView.Ref authority, long requestId, String reason) {
    }

    public record Result(String campaign, int requests, int queued, List<Unsent> sendByHand) {
    }

    @Override
    @Transactional
    public Result launch(String slug, String note) {
        Campaign c = Campaigns.find(slug);
        List<Long> targets = check(c); // the targets are read once, for the check and for the launch
        List<Unsent> byHand = new ArrayList<>();
        int[] queued = {0};
        // In chunks (created, queued, flushed, let go): memory stays flat however many targets.
        int requests = launcher.createRequests(c, null, targets, chunk -> {
            for (FoiRequest r : chunk) {
                if (r.authority.foiEmail == null || r.authority.foiEmail.isBlank()) {
                    byHand.add(new Unsent(AuthorityView.Ref.of(r.authority), r.id, "no FOI email address: send it by hand, then record SENT"));
                } else {
                    outbox.queue(r, LetterKind.REQUEST, 1, false, null, null);
                    queued[0]++;
                }
            }
        });
        return new Result(slug, requests, queued[0], byHand);
    }

    /**
     * What would refuse the launch, checked before anything is created: header text and every target's address.
     * Returns the targets' ids in order (none once launched).
     */
    static List<Long> check(Campaign c) {
        Addresses.headerText(c.requesterName, "requester.name");
        Addresses.headerText(c.title, "title");
        if (!c.isDraft()) return List.of();
        List<Authority.Address> targets = c.resolveTargetAddresses(); // addresses only: 50,000 authorities for some
        checkAddresses(targets);
        return targets.stream().map(Authority.Address::id).toList();
    }

    private static void checkAddresses(List<Authority.Address> targets) {
        List<FieldError> errors = new ArrayList<>();
        for (Authority.Address a : targets) {
            if (a.foiEmail() != null && !a.foiEmail().isBlank() && Addresses.parse(a.foiEmail()).isEmpty()) {
                errors.add(FieldError.of("targets." + a.slug() + ".foiEmail", "'" + a.foiEmail().replaceAll("[\\r\\n]", " ")
                        + "' (" + a.name() + ") is not a valid email address; correct it in the directory"));
            }
        }
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
    }
}
