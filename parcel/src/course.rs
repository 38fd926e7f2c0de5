//! Course files (`.dala`): one course version, signed, with its blobs.
//!
//! ```text
//! "DALA-CF1"                                  magic; the rest is one gzip stream of:
//! u16 length, key id (UTF-8)                  the installation's certificate key (RFC 7638 thumbprint)
//! 64 bytes                                    Ed25519 signature over CONTEXT ‖ manifest
//! u32 length, manifest                        the manifest's canonical JSON (its SHA-256 is the version)
//! u32 count, then per blob:
//!   32 bytes SHA-256, u32 length, bytes       each blob the manifest names, at most once
//! ```
//!
//! Gzip because messengers and sticks carry the bytes as they are: the sample courses' files are
//! a third of their plain size. Opening stops inflating at [`MAX_BYTES`].
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
const CONTEXT: &[u8] = b"dala course file v1\0";
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
    /// The key that signed it.
    pub kid: String,
    /// `(sha256, bytes)`, in the manifest's order ([`Manifest::blobs`]).
    pub blobs: Vec<(String, Vec<u8>)>,
}

/// Writes a course file of the manifest `manifest_json` and its `blobs` (`(sha256, bytes)`,
/// each blob the manifest names; images may be left out), signed with `key` as `kid`.
pub fn pack_course(
    manifest_json: &[u8],
    blobs: &[(String, Vec<u8>)],
    key: &SigningKey,
    kid: &str,
) -> Vec<u8> {
    pack_signed(manifest_json, kid, &sign_manifest(manifest_json, key), blobs)
}

/// The installation's signature of a manifest, as a course file carries it.
pub fn sign_manifest(manifest_json: &[u8], key: &SigningKey) -> [u8; 64] {
    key.sign(&[CONTEXT, manifest_json].concat()).to_bytes()
}

/// A course file from a signature made before (by the server, kept by a device that downloaded
/// the course): what a device that holds a course writes to share it, with no key of its own.
pub fn pack_signed(
    manifest_json: &[u8],
    kid: &str,
    signature: &[u8; 64],
    blobs: &[(String, Vec<u8>)],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        manifest_json.len() + blobs.iter().map(|(_, b)| b.len() + 36).sum::<usize>() + 128,
    );
    put_short(&mut out, kid.as_bytes());
    out.extend_from_slice(signature);
    put_sized(&mut out, manifest_json);
    out.extend_from_slice(&u32::try_from(blobs.len()).expect("blob count").to_be_bytes());
    for (sha256, bytes) in blobs {
        let mut name = [0u8; 32];
        hex::decode_to_slice(sha256, &mut name).expect("a blob is named by a SHA-256");
        out.extend_from_slice(&name);
        put_sized(&mut out, bytes);
    }
    let mut gzip = flate2::write::GzEncoder::new(MAGIC.to_vec(), flate2::Compression::best());
    gzip.write_all(&out).expect("writing to memory");
    gzip.finish().expect("writing to memory")
}

/// The `Dala-Signature` header of a manifest answer: the key id and the signature, base64url.
pub fn signature_header(kid: &str, signature: &[u8; 64]) -> String {
    format!("{kid}.{}", dala_credential::base64url(signature))
}

/// A `Dala-Signature` header read back; the signature is checked only when a file is opened.
pub fn parse_signature_header(value: &str) -> Option<(String, [u8; 64])> {
    let (kid, signature) = value.trim().rsplit_once('.')?;
    let signature: [u8; 64] = dala_credential::unbase64url(signature)?.try_into().ok()?;
    (!kid.is_empty() && kid.len() < 200).then(|| (kid.to_owned(), signature))
}

/// Whether `signature` is the one `keys` hold for the manifest: a device checks the header
/// before keeping it.
pub fn check_manifest_signature(
    manifest_json: &[u8],
    kid: &str,
    signature: &[u8; 64],
    keys: &Jwks,
) -> Result<(), ParcelError> {
    check_signed(keys, kid, signature, &[CONTEXT, manifest_json])
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
    let manifest_json = reader.sized()?;
    // The signature first: nothing of an unsigned manifest is read.
    check_signed(keys, &kid, &signature, &[CONTEXT, manifest_json])?;
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
        kid,
        blobs: found,
    })
}
