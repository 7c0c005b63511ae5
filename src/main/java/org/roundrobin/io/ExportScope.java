package org.roundrobin.io;

/** What an export covers: everything, or one campaign (by slug) with the authorities it uses. */
public record ExportScope(String campaign) {

    public static final ExportScope ALL = new ExportScope(null);

    public static ExportScope of(String campaignSlug) {
        return new ExportScope(campaignSlug);
    }

    public boolean isAll() {
        return campaign == null;
    }
}
