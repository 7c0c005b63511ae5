package org.roundrobin.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an endpoint needs a role in the campaign its path names; {@link AccessFilter} checks it before the
 * body is read. {@link From} says where the campaign comes from. Endpoints outside campaigns use {@code @PermitAll},
 * {@code @Authenticated} or {@code @RolesAllowed("admin")}; {@link EndpointRules} refuses to start with any endpoint
 * that declares none.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CampaignAccess {

    Role value();

    From from() default From.SLUG;

    enum From {
        /** Path parameter {@code slug}: the campaign itself. */
        SLUG("slug"),
        /** Path parameter {@code id}: a request; its campaign. */
        REQUEST("id"),
        /** Path parameter {@code reference}: a regulator case; its request's campaign. */
        CASE("reference"),
        /** Path parameter {@code id}: a letter in the outbox; its request's campaign. */
        LETTER("id"),
        /** Path parameter {@code id}: a background job; a launch job's campaign (other jobs are the directory's: admins). */
        JOB("id"),
        /** The campaign is named in the body: the filter only requires a signed-in user, the method checks the role. */
        BODY(null);

        final String parameter;

        From(String parameter) {
            this.parameter = parameter;
        }
    }
}
