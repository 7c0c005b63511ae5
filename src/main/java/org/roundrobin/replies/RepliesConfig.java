package org.roundrobin.replies;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on reading reply files (roundrobin.replies.*). */
@ConfigMapping(prefix = "roundrobin.replies")
public interface RepliesConfig {

    /** The largest file (or text) read. */
    @WithDefault("10M")
    MemorySize maxBytes();

    /** The most pages a PDF may have; a longer one is refused (413). */
    @WithDefault("300")
    int maxPages();

    /** The most characters of text kept from one file; the rest is not read (with a note). */
    @WithDefault("200000")
    int maxChars();

    default Limits limits() {
        return new Limits(maxBytes().asLongValue(), maxPages(), maxChars());
    }
}
