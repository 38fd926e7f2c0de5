-- Files that travel when the network is cut (issue 19): the installation's X25519 keys, which
-- progress files are sealed to, and the keys of learners' devices, which sign progress files and
-- which return files are sealed to. Owned by `server/src/parcels/`. Kept to SQL that SQLite and
-- PostgreSQL both accept.

-- `secret`: the 32-byte seed (hex) the X25519 key pair is derived from. The current key has
-- `active` = 1 (unique, so servers starting at once agree on one); a replaced key keeps its
-- secret, since devices seal to the key they last heard of until their next sync.
CREATE TABLE encryption_keys (
    public_key  TEXT PRIMARY KEY,
    secret      TEXT NOT NULL,
    active      BIGINT UNIQUE,
    created_at  BIGINT NOT NULL
);

-- A device registers one key pair per sign-in: `id` is its Ed25519 public key (hex), which signs
-- progress files; `encryption_key` its X25519 public key (hex), which return files are sealed to.
-- Ending the account's sessions ends its device keys (`revoked_at`): a lost phone's files are
-- refused from then on.
CREATE TABLE device_keys (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id),
    encryption_key  TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    revoked_at      BIGINT
);

CREATE INDEX device_keys_user ON device_keys (user_id);
