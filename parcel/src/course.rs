//! Course files (`.dala`): one course version, signed, with its blobs.
//!
//! ```text
//! "DALA-CF1"                                  magic; the rest is one gzip stream of:
//! u16 length, key id (UTF-8)                  the installation's certificate key (RFC 7638 thumbprint)
//! 64 bytes                                    Ed25519 signature over CONTEXT ‖ published at ‖ manifest
//! i64 published at                            when the server published the version (Unix seconds)
//! u32 length, manifest                        the manifest's canonical JSON (its SHA-256 is the version)
//! u32 count, then per blob:
//!   32 bytes SHA-256, u32 length, bytes       each blob the manifest names, at most once
//! ```
//!
//! Gzip because messengers and sticks carry the bytes as they are: the sample courses' files are
//! a third of their plain size. Opening stops inflating at [`MAX_BYTES`].
//!
//! The publication time is signed with the manifest, so a device holding a later version of the
//! course knows a file's is older and keeps its own ([`ManifestSeal::published_at`]).
//!
//! Every blob of the manifest is in the file except, when the packer left them out, images
//! (as a download in data-saver mode leaves them): the file then fits a messenger's limit.

use std::io::{Read, Write};

use dala_wire::{Jwks, Manifest};
use ed25519_dalek::{Signer, SigningKey};

use crate::{ParcelError, Reader, check_signed, put_short, put_sized, sha256_hex};

pub const MAGIC: &[u8; 8] = b"DALA-CF1";
/// What the signature covers besides the manifest: no signature made for anything else (a
/// certificate, a return file) can pass for a course file's.
pub const CONTEXT: &[u8] = b"dala course file v1\0";
/// The largest course file opened, compressed or inflated: the sample courses are far below
/// it, and a phone's browser holds the whole file in memory while checking it.
pub const MAX_BYTES: usize = 256 * 1024 * 1024;

/// A course file's contents, every part checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseFile {
    pub manifest: Manifest,
    /// The manifest exactly as signed: its SHA-256 is [`CourseFile::manifest_sha256`].
    pub manifest_json: Vec<u8>,
    pub manifest_sha256: String,
    /// The installation's signature, as a device keeps it to share the course again.
    pub seal: ManifestSeal,
    /// `(sha256, bytes)`, in the manifest's order ([`Manifest::blobs`]).
    pub blobs: Vec<(String, Vec<u8>)>,
}

/// The installation's signature of one published version of a course: what a course file
/// carries and what every manifest answer sends in its `Dala-Signature` header, so a device
/// that downloaded the version can write a course file of it with no key of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestSeal {
    /// The certificate key that signed (RFC 7638 thumbprint).
    pub kid: String,
    /// When the server published the version, Unix seconds: of two versions of a course, the
    /// later published is the newer.
    pub published_at: i64,
    /// Ed25519 over [`CONTEXT`] ‖ `published_at` (big-endian) ‖ the manifest's canonical JSON.
    pub signature: [u8; 64],
}

impl ManifestSeal {
    /// The installation's signature of `manifest_json`, published at `published_at`.
    pub fn sign(manifest_json: &[u8], published_at: i64, key: &SigningKey, kid: &str) -> Self {
        let signature = key.sign(&[CONTEXT, &published_at.to_be_bytes(), manifest_json].concat()).to_bytes();
        ManifestSeal { kid: kid.to_owned(), published_at, signature }
    }

    /// Whether `keys` hold the key that made this signature of `manifest_json`.
    pub fn check(&self, manifest_json: &[u8], keys: &Jwks) -> Result<(), ParcelError> {
        check_signed(
            keys,
            &self.kid,
            &self.signature,
            &[CONTEXT, &self.published_at.to_be_bytes(), manifest_json],
        )
    }

    /// As the `Dala-Signature` header carries it: `kid.published_at.signature` (base64url).
    pub fn header(&self) -> String {
        format!("{}.{}.{}", self.kid, self.published_at, dala_credential::base64url(&self.signature))
    }

    /// A `Dala-Signature` header read back; the signature is checked only by [`Self::check`].
    pub fn from_header(value: &str) -> Option<Self> {
        let mut parts = value.trim().rsplitn(3, '.');
        let signature: [u8; 64] = dala_credential::unbase64url(parts.next()?)?.try_into().ok()?;
        let published_at = parts.next()?.parse().ok()?;
        let kid = parts.next()?;
        (!kid.is_empty() && kid.len() < 200).then(|| ManifestSeal {
            kid: kid.to_owned(),
            published_at,
            signature,
        })
    }
}

/// Writes a course file of the manifest `manifest_json` published at `published_at` and its
/// `blobs` (`(sha256, bytes)`, each blob the manifest names; images may be left out), signed
/// with `key` as `kid`.
pub fn pack_course(
    manifest_json: &[u8],
    published_at: i64,
    blobs: &[(String, Vec<u8>)],
    key: &SigningKey,
    kid: &str,
) -> Vec<u8> {
    pack_signed(manifest_json, &ManifestSeal::sign(manifest_json, published_at, key, kid), blobs)
}

/// A course file from a signature made before (by the server, kept by a device that downloaded
/// the course): what a device that holds a course writes to share it, with no key of its own.
pub fn pack_signed(manifest_json: &[u8], seal: &ManifestSeal, blobs: &[(String, Vec<u8>)]) -> Vec<u8> {
    let body = signed_body(manifest_json, seal, blobs);
    let mut gzip = flate2::write::GzEncoder::new(MAGIC.to_vec(), flate2::Compression::best());
    gzip.write_all(&body).expect("writing to memory");
    gzip.finish().expect("writing to memory")
}

/// What a course file's gzip stream holds: the seal, the manifest and the blobs. A browser
/// compresses it with its own `CompressionStream` ([`from_gzip`]), so the learner's app carries
/// no compressor of its own.
pub fn signed_body(manifest_json: &[u8], seal: &ManifestSeal, blobs: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        manifest_json.len() + blobs.iter().map(|(_, b)| b.len() + 36).sum::<usize>() + 128,
    );
    put_short(&mut out, seal.kid.as_bytes());
    out.extend_from_slice(&seal.signature);
    out.extend_from_slice(&seal.published_at.to_be_bytes());
    put_sized(&mut out, manifest_json);
    out.extend_from_slice(&u32::try_from(blobs.len()).expect("blob count").to_be_bytes());
    for (sha256, bytes) in blobs {
        let mut name = [0u8; 32];
        hex::decode_to_slice(sha256, &mut name).expect("a blob is named by a SHA-256");
        out.extend_from_slice(&name);
        put_sized(&mut out, bytes);
    }
    out
}

/// A course file of a [`signed_body`] gzipped elsewhere (one gzip member).
pub fn from_gzip(gzip: &[u8]) -> Vec<u8> {
    [MAGIC.as_slice(), gzip].concat()
}

/// A course file of a [`signed_body`] stored in its gzip stream without compression (RFC 1951
/// stored blocks, RFC 1952 member): for a browser with no `CompressionStream`. Larger, but
/// every device opens it.
pub fn from_body_stored(body: &[u8]) -> Vec<u8> {
    // Header: magic, deflate, no flags, no time, no extra flags, unknown system.
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    let mut blocks = body.chunks(usize::from(u16::MAX)).peekable();
    if blocks.peek().is_none() {
        out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    while let Some(block) = blocks.next() {
        out.push(u8::from(blocks.peek().is_none()));
        let length = u16::try_from(block.len()).expect("a block is at most 65,535 bytes");
        out.extend_from_slice(&length.to_le_bytes());
        out.extend_from_slice(&(!length).to_le_bytes());
        out.extend_from_slice(block);
    }
    out.extend_from_slice(&crc32fast::hash(body).to_le_bytes());
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out
}

/// The file's body, inflated: at most [`MAX_BYTES`].
fn inflate(bytes: &[u8]) -> Result<Vec<u8>, ParcelError> {
    let compressed = Reader::after_magic(bytes, MAGIC)?.rest();
    let mut body = Vec::new();
    let mut gzip = flate2::bufread::GzDecoder::new(compressed);
    let read = (&mut gzip).take(MAX_BYTES as u64 + 1).read_to_end(&mut body);
    match read {
        Ok(_) if body.len() > MAX_BYTES => Err(ParcelError::TooLarge),
        Ok(_) if !gzip.into_inner().is_empty() => Err(ParcelError::Malformed("bytes after the end".into())),
        Ok(_) => Ok(body),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(ParcelError::Truncated),
        Err(e) => Err(ParcelError::Malformed(format!("the compressed data: {e}"))),
    }
}

/// Opens a course file, checking its signature against `keys` (the installation's, as the
/// trust data hands them out) and every blob against its SHA-256. Nothing is returned unless
/// all of it holds.
pub fn open_course(bytes: &[u8], keys: &Jwks) -> Result<CourseFile, ParcelError> {
    if bytes.len() > MAX_BYTES {
        return Err(ParcelError::TooLarge);
    }
    let body = inflate(bytes)?;
    let mut reader = Reader { bytes: &body };
    let kid_bytes = {
        let n = reader.u16()? as usize;
        reader.take(n)?
    };
    let kid = std::str::from_utf8(kid_bytes).map_err(|_| ParcelError::UnknownKey)?.to_owned();
    let signature: [u8; 64] = reader.array()?;
    let published_at = i64::from_be_bytes(reader.array()?);
    let seal = ManifestSeal { kid, published_at, signature };
    let manifest_json = reader.sized()?;
    // The signature first: nothing of an unsigned manifest is read.
    seal.check(manifest_json, keys)?;
    let manifest: Manifest = serde_json::from_slice(manifest_json)
        .map_err(|e| ParcelError::Malformed(format!("the manifest: {e}")))?;
    let count = reader.u32()? as usize;
    let named = manifest.blobs();
    if count > named.len() {
        return Err(ParcelError::Malformed("more blobs than the manifest names".into()));
    }
    let mut found: Vec<(String, Vec<u8>)> = Vec::with_capacity(count);
    for _ in 0..count {
        let name = hex::encode(reader.array::<32>()?);
        let blob = reader.sized()?;
        let Some(entry) = named.iter().find(|b| b.sha256 == name) else {
            return Err(ParcelError::Malformed(format!("blob {name} is not in the manifest")));
        };
        if found.iter().any(|(sha, _)| *sha == name) {
            return Err(ParcelError::Malformed(format!("blob {name} is in the file twice")));
        }
        if sha256_hex(blob) != name || blob.len() as u64 != entry.bytes {
            return Err(ParcelError::BlobAltered(name));
        }
        found.push((name, blob.to_vec()));
    }
    reader.end()?;
    // Every lesson and quiz travels; images may have been left out.
    if let Some(missing) =
        named.iter().find(|b| !b.is_image() && !found.iter().any(|(sha, _)| *sha == b.sha256))
    {
        return Err(ParcelError::Malformed(format!("blob {} of the manifest is missing", missing.sha256)));
    }
    let order = |sha: &str| named.iter().position(|b| b.sha256 == sha);
    found.sort_by_key(|(sha, _)| order(sha));
    Ok(CourseFile {
        manifest_sha256: sha256_hex(manifest_json),
        manifest_json: manifest_json.to_vec(),
        manifest,
        seal,
        blobs: found,
    })
}
