package org.roundrobin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;

/** Creating and changing accounts, for the API and the pages alike: every rule in one place. */
@ApplicationScoped
public class Users {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What an administrator sends; null fields are left as they are on update. */
    public record Input(String username, String displayName, String email, String password, Boolean admin, Boolean active,
                        Boolean digestOptOut, Integer version) {
    }

    public record View(long id, String username, String displayName, String email, boolean admin, boolean active,
                       boolean digestOptOut, Instant createdAt, Instant lastLoginAt, int version, boolean credentialsSet) {
        /** {@code credentialsSet} is false for an account restored from an export (no password): it cannot sign in until given one. */
        public static View of(UserAccount u) {
            return new View(u.id, u.username, u.displayName, u.email, u.admin, u.active, u.digestOptOut, u.createdAt, u.lastLoginAt,
                    u.version, u.passwordHash != null);
        }
    }

    @Inject
    Access access;
    @Inject
    IdentityCache cache;
    @Inject
    LoginThrottle throttle;

    @Transactional
    public UserAccount create(Input in) {
        List<FieldError> errors = new ArrayList<>();
        String username = in.username() == null ? "" : in.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            errors.add(FieldError.of("username", "must be 2-64 lower-case letters, digits, dots, hyphens or underscores"));
        } else if (UserAccount.findByUsername(username).isPresent()) {
            errors.add(FieldError.of("username", "'" + username + "' is already taken"));
        }
        Passwords.weakness(in.password()).ifPresent(w -> errors.add(FieldError.of("password", w)));
        checkCommon(in, errors);
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
        UserAccount u = new UserAccount();
        u.username = username;
        u.displayName = in.displayName() == null || in.displayName().isBlank() ? username : in.displayName().strip();
        u.email = blank(in.email());
        u.passwordHash = Passwords.hash(in.password());
        u.admin = Boolean.TRUE.equals(in.admin());
        u.active = in.active() == null || in.active();
        u.digestOptOut = Boolean.TRUE.equals(in.digestOptOut());
        u.createdAt = Instant.now();
        u.persist();
        cache.clear();
        return u;
    }

    @Transactional
    public UserAccount update(long id, Input in) {
        UserAccount u = find(id);
        if (in.version() != null && in.version() != u.version) {
            throw new ProblemException(409, "Edited by someone else", "User '" + u.username + "' was changed since you read it; reload it",
                    List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        if (in.username() != null && !in.username().strip().equalsIgnoreCase(u.username)) {
            errors.add(FieldError.of("username", "cannot be changed; make a new account instead"));
        }
        if (in.password() != null) Passwords.weakness(in.password()).ifPresent(w -> errors.add(FieldError.of("password", w)));
        checkCommon(in, errors);
        boolean self = u.id.equals(access.userId());
        if (self && Boolean.FALSE.equals(in.admin())) errors.add(FieldError.of("admin", "you cannot remove your own administrator role"));
        if (self && Boolean.FALSE.equals(in.active())) errors.add(FieldError.of("active", "you cannot deactivate your own account"));
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
        if (in.displayName() != null) u.displayName = in.displayName().strip();
        if (in.email() != null) u.email = blank(in.email());
        if (in.password() != null) {
            u.passwordHash = Passwords.hash(in.password());
            throttle.clear(); // a password set by an administrator lets its owner back in at once
        }
        if (in.admin() != null) u.admin = in.admin();
        if (in.active() != null) u.active = in.active();
        if (in.digestOptOut() != null) u.digestOptOut = in.digestOptOut();
        cache.clear();
        return u;
    }

    /** A user changes their own password: the current one is required. */
    @Transactional
    public void changePassword(long id, String current, String next) {
        UserAccount u = find(id);
        List<FieldError> errors = new ArrayList<>();
        if (!Passwords.matches(current, u.passwordHash)) errors.add(FieldError.of("currentPassword", "is not your current password"));
        Passwords.weakness(next).ifPresent(w -> errors.add(FieldError.of("newPassword", w)));
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
        u.passwordHash = Passwords.hash(next);
        cache.clear();
    }

    public static UserAccount find(long id) {
        UserAccount u = UserAccount.findById(id);
        if (u == null) throw ProblemException.notFound("User " + id);
        return u;
    }

    private static void checkCommon(Input in, List<FieldError> errors) {
        if (in.displayName() != null && in.displayName().strip().length() > 200) errors.add(FieldError.of("displayName", "is longer than 200 characters"));
        if (in.email() != null && !in.email().isBlank() && (!EMAIL.matcher(in.email().strip()).matches() || in.email().length() > 320)) {
            errors.add(FieldError.of("email", "'" + in.email() + "' is not an email address"));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
