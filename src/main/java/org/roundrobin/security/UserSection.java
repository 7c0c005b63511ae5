package org.roundrobin.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.roundrobin.io.Checks;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;

/**
 * The accounts ({@code "users"}) in the full export, never a password hash, a token or a last sign-in. An account
 * restored into a database without it has no password: an administrator sets one on Users before it can sign in.
 * An account that exists already (the administrator a fresh start created) keeps its password and takes the
 * document's other fields. A campaign's own export holds no accounts: its viewers may download it.
 */
@ApplicationScoped
public class UserSection implements DataSection<UserSection.Item> {

    public static final String NAME = "users";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String username, String displayName, String email, boolean admin, boolean active, boolean digestOptOut,
                       Instant createdAt) {
    }

    /** What later sections (members) may rely on: this account is in the document or the database. */
    public record Facts() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        if (!scope.isAll()) return;
        Panache.getEntityManager().createQuery("select u from UserAccount u order by lower(u.username)", UserAccount.class)
                .getResultStream().forEach(u -> out.accept(item(u)));
    }

    private static Item item(UserAccount u) {
        return new Item(u.username, u.displayName, u.email, u.admin, u.active, u.digestOptOut, u.createdAt);
    }

    /** The administrators a first start creates are not data: a database with only them is empty. */
    @Override
    public boolean isEmpty() {
        return UserAccount.count("admin = false") == 0;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item u = items.get(i);
            Checks k = Checks.of(restore, NAME, i);
            if (u == null) {
                k.fail(null, "is empty");
                continue;
            }
            if (!k.required(u.username(), "username")) continue;
            k.oneLine(u.username(), "username");
            k.max(u.username(), 60, "username");
            k.max(u.displayName(), 200, "displayName");
            k.max(u.email(), 320, "email");
            if (!seen.add(key(u.username()))) k.fail("username", "'" + u.username() + "' appears twice in the document");
            restore.declare(Facts.class, key(u.username()), new Facts());
        }
        for (UserAccount existing : UserAccount.<UserAccount>listAll()) restore.declare(Facts.class, key(existing.username), new Facts());
    }

    @Override
    public Counts restore(List<Item> items, Restore restore) {
        int added = 0, updated = 0, unchanged = 0;
        for (Item i : items) {
            UserAccount u = UserAccount.findByUsername(i.username()).orElse(null);
            if (u != null && item(u).equals(i)) {
                unchanged++;
                continue;
            }
            if (u == null) {
                u = new UserAccount();
                u.username = i.username();
                added++;
            } else {
                updated++;
            }
            u.displayName = i.displayName();
            u.email = i.email();
            u.admin = i.admin();
            u.active = i.active();
            u.digestOptOut = i.digestOptOut();
            u.createdAt = Objects.requireNonNullElseGet(i.createdAt(), Instant::now);
            u.persist();
        }
        return Counts.of(added, updated, unchanged);
    }

    static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
