package org.roundrobin.security;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every endpoint must say who may use it. At start-up each resource method of ours is checked for a rule
 * ({@code @PermitAll}, {@code @Authenticated}, {@code @RolesAllowed}, {@code @DenyAll} or {@link CampaignAccess}, on
 * the method or its class); the service refuses to start while any has none, naming them. (Unannotated endpoints
 * would in any case need a signed-in user: quarkus.security.jaxrs.default-roles-allowed=user.)
 */
@ApplicationScoped
public class EndpointRules {

    /** One endpoint: HTTP method, path template, and its rule in words. */
    public record Route(String method, String path, String rule, Class<?> resource, Method javaMethod) {
    }

    void onStart(@Observes @Priority(1) StartupEvent start) {
        List<Route> missing = routes().stream().filter(r -> r.rule() == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("These endpoints declare no access rule (@PermitAll, @Authenticated, @RolesAllowed, "
                    + "@CampaignAccess): " + missing.stream().map(r -> r.method() + " " + r.path() + " ("
                    + r.resource().getSimpleName() + "." + r.javaMethod().getName() + ")").toList());
        }
    }

    /** Our JAX-RS resource methods, with their rules (null when none is declared). */
    public static List<Route> routes() {
        List<Class<?>> classes = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass).filter(c -> c.getName().startsWith("org.roundrobin.") && c.isAnnotationPresent(Path.class))
                .distinct().toList();
        List<Route> routes = new ArrayList<>();
        for (Class<?> c : classes) {
            String base = c.getAnnotation(Path.class).value();
            for (Method m : c.getMethods()) {
                Optional<String> verb = Arrays.stream(m.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst();
                if (verb.isEmpty()) continue;
                Path p = m.getAnnotation(Path.class);
                routes.add(new Route(verb.get(), join(base, p == null ? "" : p.value()), rule(m), c, m));
            }
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return routes;
    }

    /** The rule in words, e.g. "campaign EDITOR (request id)", "admin", "signed in", "public"; null when none. */
    public static String rule(Method m) {
        String r = rule(m.getAnnotations());
        return r != null ? r : rule(m.getDeclaringClass().getAnnotations());
    }

    private static String rule(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PermitAll) return "public";
            if (a instanceof DenyAll) return "nobody";
            if (a instanceof Authenticated) return "signed in";
            if (a instanceof RolesAllowed ra) return "role " + String.join("|", ra.value());
            if (a instanceof CampaignAccess ca) return "campaign " + ca.value() + " (" + ca.from().name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return null;
    }

    static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        path = path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
