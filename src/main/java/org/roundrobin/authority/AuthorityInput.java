package org.roundrobin.authority;

import java.util.List;

/**
 * What a person or a CSV row gives us for one authority. Strings, not enums, so a bad value gets a message
 * that names it; {@link AuthorityRules} turns this into checked values.
 */
public record AuthorityInput(String slug, String name, String shortName, String jurisdiction, String law,
                             String regulator, String foiEmail, Boolean emailConfirmed, String website,
                             String whatDoTheyKnow, List<String> tags, String notes, Integer version) {
}
