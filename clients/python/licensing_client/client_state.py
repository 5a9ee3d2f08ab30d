"""The state file (same format in every client, clients/README.md): last answer date, last seen
local time, and the last signed validate answer per key and identifier, re-verified on read."""
import hashlib
import json
import os

FORMAT = "licensing-client-state/1"


def empty_state():
    return {"format": FORMAT, "lastAnswerDate": 0, "lastSeenAt": 0, "validations": {}}


def cache_slot(key, identifier):
    """SHA-256 hex of key (trimmed, upper case) + "\\n" + identifier: the raw key never touches the disk."""
    return hashlib.sha256(f"{key.strip().upper()}\n{identifier}".encode()).hexdigest()


def load_state(path):
    if not path:
        return empty_state()
    try:
        with open(path, encoding="utf-8") as f:
            state = json.load(f)
        return state if state.get("format") == FORMAT else empty_state()
    except (OSError, ValueError):
        return empty_state()


def save_state(path, state):
    """Atomically: a temporary file, then rename."""
    if not path:
        return
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    temporary = f"{path}.{os.getpid()}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(state, f)
    os.replace(temporary, path)
