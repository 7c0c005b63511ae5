package org.roundrobin.template;

import io.quarkus.qute.Expression;
import io.quarkus.qute.SectionBlock;
import io.quarkus.qute.SectionNode;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names a template uses that nobody declared, with the line of each, by walking the parsed template:
 * a name is known if the template's spec declares it, or a section in scope introduces it ({#for q in ...},
 * {#each} as {@code it}, {#let x=...}). Namespaces ({inject:...}, {config:...}) are refused: a letter a
 * campaigner edits must not reach into the application.
 */
final class TemplateCheck {

    record Unknown(int line, String name) {
    }

    private TemplateCheck() {
    }

    static List<Unknown> unknown(Template template, Set<String> declared) {
        List<Unknown> out = new ArrayList<>();
        walk(template.getNodes(), declared, out);
        return out;
    }

    private static void walk(List<TemplateNode> nodes, Set<String> scope, List<Unknown> out) {
        for (TemplateNode node : nodes) {
            if (node.isExpression()) {
                node.getExpressions().forEach(e -> check(e, scope, out));
            } else if (node.isSection()) {
                section(node.asSection(), scope, out);
            }
        }
    }

    private static void section(SectionNode section, Set<String> scope, List<Unknown> out) {
        for (SectionBlock block : section.getBlocks()) {
            block.expressions.values().forEach(e -> check(e, scope, out));
            Set<String> inner = new HashSet<>(scope);
            inner.addAll(introduced(section.getName(), block));
            if (block.nodes != null) walk(block.nodes, inner, out);
        }
    }

    /** Names a section makes visible inside its blocks, with a loop's metadata ({q_index}, {q_hasNext}, ...). */
    private static Set<String> introduced(String section, SectionBlock block) {
        Set<String> names = new HashSet<>();
        switch (section) {
            case "for", "each" -> {
                String alias = block.parameters.getOrDefault("alias", "it");
                // {#for q in qs}: the parser keeps the tokens by position; the alias is the first one.
                String first = block.parameters.get("0");
                if (first == null) first = block.parameters.values().stream().findFirst().orElse(alias);
                if (!"in".equals(block.parameters.get("1")) && !"each".equals(section)) first = alias;
                String name = "each".equals(section) && !block.parameters.containsKey("alias") ? "it" : first;
                names.add(name);
                names.add(name + "_");
            }
            case "let", "set" -> names.addAll(block.parameters.keySet());
            default -> { }
        }
        return names;
    }

    private static void check(Expression e, Set<String> scope, List<Unknown> out) {
        if (e.isLiteral()) return;
        int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
        if (e.hasNamespace()) {
            out.add(new Unknown(line, e.getNamespace() + ":"));
            return;
        }
        if (e.getParts().isEmpty()) return;
        String root = e.getParts().get(0).getName();
        boolean known = scope.contains(root) || scope.stream().anyMatch(s -> s.endsWith("_") && root.startsWith(s));
        if (!known) out.add(new Unknown(line, root));
        for (Expression.Part part : e.getParts()) {
            if (part.isVirtualMethod()) part.asVirtualMethod().getParameters().forEach(p -> check(p, scope, out));
        }
    }
}
