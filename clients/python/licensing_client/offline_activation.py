"""The request file an air-gapped machine writes (offline-activation-request/1)."""
import secrets
from datetime import datetime, timezone


def create_offline_request(key, product, identifier, **details):
    """A request file with a fresh nonce; keep request["nonce"] to verify the response file."""
    return {
        "format": "offline-activation-request/1",
        "key": key,
        "product": product,
        "identifier": identifier,
        **details,
        "nonce": secrets.token_urlsafe(18),
        "createdAt": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    }
