"""An independent check of Dala certificates, written against the specifications only.

It uses PyJWT with the `cryptography` backend, not any Dala code: it fetches the issuer's
published JWKS (RFC 7517), verifies each certificate as a JWS signed with EdDSA (RFC 8037),
and reads its Bitstring Status List entry to see whether it is revoked.

Usage: python verify_certificates.py ISSUER_URL CASES.json
CASES.json is a list of {"name": ..., "jwt": ...}. Prints one JSON line per case:
{"name": ..., "verdict": "valid" | "revoked" | "rejected", "detail": ...}
"""

import base64
import gzip
import json
import sys
import urllib.request

import jwt
from jwt import PyJWKClient


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def decode(token, jwks, issuer):
    """Verifies the signature with the key the header names; only EdDSA is allowed."""
    signing_key = jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        key=signing_key.key,
        algorithms=["EdDSA"],
        issuer=issuer,
        options={"require": ["iss", "iat"]},
    )


def revoked(status, jwks, issuer):
    """Bitstring Status List v1.0: the list is itself a signed credential; bit 0 is the most
    significant bit of the first byte of the GZIP-compressed, multibase base64url list."""
    list_token = fetch(status["statusListCredential"]).strip()
    listed = decode(list_token, jwks, issuer)
    subject = listed["credentialSubject"]
    if subject["statusPurpose"] != "revocation" or listed["id"] != status["statusListCredential"]:
        raise ValueError("not this certificate's revocation list")
    encoded = subject["encodedList"]
    if not encoded.startswith("u"):
        raise ValueError("encodedList is not multibase base64url")
    payload = encoded[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    index = int(status["statusListIndex"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def main():
    issuer, cases_file = sys.argv[1], sys.argv[2]
    jwks = PyJWKClient(issuer + "/.well-known/jwks.json", cache_keys=True)
    with open(cases_file, encoding="utf-8") as f:
        cases = json.load(f)
    for case in cases:
        try:
            claims = decode(case["jwt"], jwks, issuer)
            types = claims.get("type", [])
            if "VerifiableCredential" not in types or "OpenBadgeCredential" not in types:
                raise ValueError("not an OpenBadgeCredential")
            name = claims["credentialSubject"]["identifier"][0]["identityHash"]
            if revoked(claims["credentialStatus"], jwks, issuer):
                verdict, detail = "revoked", name
            else:
                verdict, detail = "valid", name
        except Exception as error:  # every failure is a rejection, with its reason
            verdict, detail = "rejected", f"{type(error).__name__}: {error}"
        print(json.dumps({"name": case["name"], "verdict": verdict, "detail": detail}, ensure_ascii=False))


if __name__ == "__main__":
    main()
