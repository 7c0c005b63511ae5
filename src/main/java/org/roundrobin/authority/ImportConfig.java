package org.roundrobin.authority;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "roundrobin.import")
public interface ImportConfig {

    /** The largest CSV body an import accepts. */
    @WithDefault("5M")
    MemorySize maxBytes();
}
