package org.roundrobin.mail;

import io.quarkus.qute.Engine;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;

/**
 * The application's templates: the letters (one per {@link LetterKind}) and the campaigner's digest, loaded
 * and checked at start-up (a bad template stops the start with its file, line and name). Other features
 * register theirs with {@code get().register(Spec.document("complaint-pack.md", params))}.
 */
@ApplicationScoped
public class AppTemplates {

    /** Built-in templates sit in the jar under this folder (copied from the repo's templates/ by the pom). */
    public static final String BUILT_IN = "letters/";

    private final LetterTemplates templates;

    @Inject
    AppTemplates(Engine engine, MailConfig config) {
        this.templates = new LetterTemplates(engine, Path.of(config.templatesDir()), BUILT_IN);
    }

    void load(@Observes @Priority(5) StartupEvent start) {
        for (LetterKind k : LetterKind.values()) templates.register(k.spec());
        templates.register(Digest.SPEC);
    }

    public LetterTemplates get() {
        return templates;
    }
}
