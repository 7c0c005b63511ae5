package org.roundrobin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.roundrobin.template.EditableTemplates;
import org.roundrobin.template.TemplateSpecs;

/** Mail's editable templates: one per letter kind, and the campaigner's digest. */
@ApplicationScoped
public class MailTemplates implements TemplateSpecs {

    @Override
    public List<EditableTemplates.Spec> specs() {
        List<EditableTemplates.Spec> specs = new ArrayList<>();
        for (LetterKind k : LetterKind.values()) specs.add(k.spec());
        specs.add(Digest.SPEC);
        return specs;
    }
}
