package org.roundrobin.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;

/** The one place the response form's pre-fill comes from: the highest-priority source with a suggestion. */
@ApplicationScoped
public class ResponsePrefill {

    @Inject
    Instance<PrefillSource> sources;

    public PrefillSource.Prefill prefill(FoiRequest request) {
        return sources.stream().sorted(Comparator.comparingInt(PrefillSource::priority).reversed())
                .map(s -> s.suggest(request)).flatMap(Optional::stream).findFirst().orElse(PrefillSource.Prefill.NONE);
    }
}
