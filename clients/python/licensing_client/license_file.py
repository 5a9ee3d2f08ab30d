"""License files and offline response files: a signed JSON document (docs/licensing-api.md)."""
import base64
import json
from datetime import datetime

from .signed_answer import verify_signature


class LicenseFileError(Exception):
    def __init__(self, problem):
        super().__init__(f"The license file is not valid for this machine ({problem}).")
        self.problem = problem


def iso_ms(text):
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)


def verify_license_file(public_key, file, identifier, now_ms, product=None, request_nonce=None):
    """The document when the vendor's key signed it, it names this identifier (product, nonce) and
    validUntil has not passed; LicenseFileError('signature'|'identifier'|'product'|'nonce'|'expired')."""
    try:
        data = base64.b64decode(file["document"], validate=True)
    except (KeyError, TypeError, ValueError):
        raise LicenseFileError("signature")
    if file.get("algorithm") != "ed25519" or not verify_signature(public_key, file.get("signature", ""), data):
        raise LicenseFileError("signature")
    document = json.loads(data)
    if document["activation"]["identifier"] != identifier:
        raise LicenseFileError("identifier")
    if product is not None and document["product"]["code"] != product:
        raise LicenseFileError("product")
    if request_nonce is not None and document.get("requestNonce") != request_nonce:
        raise LicenseFileError("nonce")
    if not iso_ms(document["validUntil"]) > now_ms:
        raise LicenseFileError("expired")
    return document


def granted_feature(document, code, now_ms):
    """The granted feature, or None when not granted or ended: enable it only then."""
    for feature in document["features"]:
        if feature["code"] == code and (feature["expiresAt"] is None or iso_ms(feature["expiresAt"]) > now_ms):
            return feature
    return None
