package org.roundrobin.web;

import org.roundrobin.request.Outcome;

/**
 * How each outcome looks: a colour from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), a text colour that passes WCAG AA on it, and a short code so colour is never the only signal.
 * {@link #NO_REPLY} is a question not answered yet.
 */
@io.quarkus.qute.TemplateData
public enum OutcomeStyle {
    ANSWERED("ANS", "#009E73", "#000000"),
    PARTLY_ANSWERED("PART", "#56B4E9", "#000000"),
    NCND("NCND", "#D55E00", "#000000"),
    NOT_HELD("NH", "#F0E442", "#000000"),
    EXEMPT("EX", "#CC79A7", "#000000"),
    COST_LIMIT("COST", "#E69F00", "#000000"),
    VEXATIOUS("VEX", "#0072B2", "#FFFFFF"),
    NOT_ANSWERED("NA", "#000000", "#FFFFFF"),
    NO_REPLY("—", "#E8E8E8", "#000000");

    public final String code;
    public final String fill;
    public final String ink;

    OutcomeStyle(String code, String fill, String ink) {
        this.code = code;
        this.fill = fill;
        this.ink = ink;
    }

    public static OutcomeStyle of(Outcome o) {
        return o == null ? NO_REPLY : valueOf(o.name());
    }

    public String label() {
        return Labels.text("outcome." + name());
    }

    public String code() {
        return code;
    }

    public String fill() {
        return fill;
    }

    public String ink() {
        return ink;
    }
}
