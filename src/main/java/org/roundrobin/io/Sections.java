package org.roundrobin.io;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every {@link DataSection} bean, in document (and restore) order. */
@ApplicationScoped
public class Sections {

    @Inject
    Instance<DataSection<?>> beans;

    public List<DataSection<?>> ordered() {
        return beans.stream().sorted(Comparator.<DataSection<?>>comparingInt(DataSection::order).thenComparing(DataSection::name)).toList();
    }

    public Optional<DataSection<?>> named(String name) {
        return ordered().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
