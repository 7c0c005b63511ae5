-- An account restored from an export has no password (exports never hold hashes) until an administrator sets one;
-- until then it cannot sign in.
alter table user_account alter column password_hash drop not null;
