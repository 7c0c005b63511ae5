package org.roundrobin.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The reads and small writes that authentication makes on every uncached request, in plain JDBC on their own
 * connection: they are the same one-row statements whatever the page, they run on the authentication thread outside
 * any ORM session, and they stay out of the ORM's statement counts that the pages' tests hold constant.
 */
@ApplicationScoped
public class AccountStore {

    /** What authentication needs of an account. */
    record Account(long id, String username, String displayName, String passwordHash, boolean admin, boolean active) {
        UserAccount toEntity() {
            UserAccount u = new UserAccount();
            u.id = id;
            u.username = username;
            u.displayName = displayName;
            u.admin = admin;
            u.active = active;
            return u;
        }
    }

    private static final String COLUMNS = "u.id, u.username, u.display_name, u.password_hash, u.admin, u.active";

    @Inject
    AgroalDataSource db;

    Optional<Account> byUsername(String username) {
        if (username == null) return Optional.empty();
        return one("select " + COLUMNS + " from user_account u where lower(u.username) = ?", username.strip().toLowerCase(Locale.ROOT));
    }

    /** The active token's account, noting its use at most once a minute. */
    Optional<Account> byToken(String token) {
        String hash = Secrets.sha256(token);
        Optional<Account> a = one("select " + COLUMNS + " from user_account u join api_token t on t.user_id = u.id "
                + "where t.token_hash = ? and t.revoked_at is null", hash);
        if (a.isPresent()) {
            update("update api_token set last_used_at = ? where token_hash = ? and (last_used_at is null or last_used_at < ?)",
                    Timestamp.from(Instant.now()), hash, Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
        }
        return a;
    }

    void signedIn(long userId) {
        update("update user_account set last_login_at = ? where id = ?", Timestamp.from(Instant.now()), userId);
    }

    private Optional<Account> one(String sql, String parameter) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new Account(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getBoolean(5), r.getBoolean(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the account failed", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) s.setObject(i + 1, parameters[i]);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Noting the sign-in failed", e);
        }
    }
}
