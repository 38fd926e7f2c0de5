-- Certificates that the standard wallets and validators accept (issue 20): beside its VC-JWT,
-- each certificate is kept as an Open Badges 3.0 JSON-LD credential with a Data Integrity proof
-- (`eddsa-rdfc-2022`, the same key; `dala-badge`). Owned by `server/src/certificates/`.
-- A certificate issued before has none until it is first read, when the server derives it from
-- the JWT's payload and signs it with the current key.
ALTER TABLE certificates ADD COLUMN wallet TEXT;
