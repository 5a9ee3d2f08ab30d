"""Verifies answers exactly as the server signs them: Ed25519 over the `date` header, "\n" and the body."""
import base64
import binascii
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

# Answers whose date is further than this from the local clock are refused (replay or wrong clock).
MAX_ANSWER_AGE_MS = 5 * 60_000

UNTRUSTED_MEANING = {
    "signature": "The answer is not signed by the vendor's key (tampered, forged, or another key).",
    "stale": "The answer's date is more than 5 minutes from this machine's clock (a replayed answer, or a wrong clock).",
    "clock": "The answer is older than the last answer this machine trusted (a replayed answer).",
}


@dataclass
class SignedAnswer:
    date: str
    signature: str
    body: bytes


class UntrustedAnswerError(Exception):
    def __init__(self, reason):
        super().__init__(UNTRUSTED_MEANING[reason])
        self.reason = reason


def parse_public_key(key):
    """The vendor's key from a PEM (SPKI) or the raw 32 bytes in base64 (GET /v1/public-key gives both)."""
    if isinstance(key, Ed25519PublicKey):
        return key
    if "-----BEGIN" in key:
        loaded = load_pem_public_key(key.encode())
        if not isinstance(loaded, Ed25519PublicKey):
            raise ValueError("The vendor key must be an Ed25519 public key.")
        return loaded
    raw = base64.b64decode(key.strip())
    if len(raw) != 32:
        raise ValueError("An Ed25519 public key is 32 bytes (base64) or a PEM.")
    return Ed25519PublicKey.from_public_bytes(raw)


def verify_signature(public_key, signature_b64, message):
    try:
        public_key.verify(base64.b64decode(signature_b64, validate=True), message)
        return True
    except (InvalidSignature, binascii.Error, ValueError):
        return False


def answer_date_ms(date):
    try:
        return int(parsedate_to_datetime(date).timestamp() * 1000)
    except (TypeError, ValueError, IndexError):
        return None


def verify_answer(public_key, answer, now_ms, last_answer_date=0):
    """Returns the answer's date in ms; raises UntrustedAnswerError('signature'|'clock'|'stale')."""
    match = re.fullmatch(r"ed25519=([A-Za-z0-9+/=]+)", answer.signature or "")
    message = answer.date.encode() + b"\n" + answer.body
    if not match or not verify_signature(public_key, match.group(1), message):
        raise UntrustedAnswerError("signature")
    date = answer_date_ms(answer.date)
    if date is None:
        raise UntrustedAnswerError("signature")
    if date < last_answer_date:
        raise UntrustedAnswerError("clock")
    if abs(now_ms - date) > MAX_ANSWER_AGE_MS:
        raise UntrustedAnswerError("stale")
    return date
