package org.roundrobin.template;

import java.util.List;

/** A feature's editable templates (mail's letters, casework's complaint pack): each is loaded and checked at start-up. */
public interface TemplateSpecs {

    List<EditableTemplates.Spec> specs();
}
