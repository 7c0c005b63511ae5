package org.roundrobin.template;

import io.quarkus.qute.Engine;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The templates a campaigner may edit without rebuilding: the repo's {@code templates/} folder, shipped in the jar
 * and overridable file by file from {@code roundrobin.templates.dir}. Every feature's templates
 * ({@link TemplateSpecs} beans) are loaded and checked at start-up: a bad one stops the start with its file, line
 * and parameter, rather than failing half-way through a letter.
 */
@ApplicationScoped
public class AppTemplates {

    /** Built-in templates sit in the jar under this folder (copied from the repo's templates/ by the pom). */
    public static final String BUILT_IN = "letters/";

    private final EditableTemplates templates;

    @Inject
    Instance<TemplateSpecs> features;

    @Inject
    AppTemplates(Engine engine, @ConfigProperty(name = "roundrobin.templates.dir", defaultValue = "templates") String dir) {
        this.templates = new EditableTemplates(engine, Path.of(dir), BUILT_IN);
    }

    void load(@Observes @Priority(5) StartupEvent start) {
        features.forEach(f -> f.specs().forEach(templates::register));
    }

    public EditableTemplates get() {
        return templates;
    }
}
