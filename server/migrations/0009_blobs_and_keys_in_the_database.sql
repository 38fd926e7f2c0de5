-- Blob contents and signing keys live in the database, so that every server of an
-- installation (several `dala serve` on one PostgreSQL) reaches them, and a backup of the
-- database is the whole installation.

-- The stored encodings of each blob: `identity` always, `br` and `gzip` for text blobs where
-- compressing made them smaller (compressed once, at import). A blob's row in `blobs` is
-- written in the same transaction as its contents, so a listed blob is always complete.
-- BYTEA: PostgreSQL's byte string; SQLite accepts the name and keeps the bytes as a BLOB.
CREATE TABLE blob_contents (
    sha256    TEXT NOT NULL REFERENCES blobs (sha256),
    encoding  TEXT NOT NULL,
    content   BYTEA NOT NULL,
    PRIMARY KEY (sha256, encoding)
);

-- The keys that sign certificates: one active key (`active` = 1, with its private half) and the
-- retired ones (`active` NULL, public half only), which keep verifying what they signed. The
-- unique `active` column allows one active key: two servers starting at once on an empty
-- database both try to insert one, and one of them wins.
CREATE TABLE signing_keys (
    -- The RFC 7638 thumbprint of the public key.
    kid          TEXT PRIMARY KEY,
    -- The public JWK, as `/.well-known/jwks.json` publishes it.
    public_jwk   TEXT NOT NULL,
    -- The Ed25519 seed, base64url (RFC 8037 `d`): only while the key is active.
    private_key  TEXT,
    active       BIGINT UNIQUE CHECK (active = 1),
    created_at   BIGINT NOT NULL,
    CHECK ((active IS NULL AND private_key IS NULL) OR (active = 1 AND private_key IS NOT NULL))
);
