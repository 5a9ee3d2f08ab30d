"""The licensing client: every answer verified, the last validate answer cached for offline grace."""
import json
import threading
import time
import urllib.error
import urllib.request

from .client_state import cache_slot, load_state, save_state
from .license_file import verify_license_file
from .signed_answer import SignedAnswer, answer_date_ms, parse_public_key, verify_answer

UNREACHABLE_MEANING = {
    "NETWORK": "The licensing server could not be reached.",
    "NO_CACHED_ANSWER": "The server could not be reached and no trusted answer for this key and machine is cached.",
    "GRACE_ENDED": "The server could not be reached and the cached answer is older than the offline grace period.",
    "CLOCK_BACKWARDS": "The server could not be reached and this machine's clock is behind the last time it checked.",
}


class UnreachableError(Exception):
    def __init__(self, code):
        super().__init__(UNREACHABLE_MEANING[code])
        self.code = code


class RefusedError(Exception):
    """A signed 4xx: `code` is a validation code (SUSPENDED, SEATS_EXHAUSTED...) or an error code."""

    def __init__(self, status, code, message, fields=None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.fields = fields


def _refused(status, body):
    try:
        error = json.loads(body).get("error") or {}
    except ValueError:
        error = {}
    return RefusedError(status, error.get("code", f"http_{status}"), error.get("message", body.decode(errors="replace")), error.get("fields"))


class LicensingClient:
    """`public_key`: PEM or base64 raw key (embed it in the software; never fetch it at run time).
    `offline_grace_seconds`: how long a cached validate answer stands in for an unreachable server."""

    def __init__(self, base_url, public_key, product=None, state_file=None, offline_grace_seconds=0, timeout=15, now=None):
        self.base_url = base_url.rstrip("/")
        self.public_key = parse_public_key(public_key)
        self.product = product
        self.state_file = state_file
        self.offline_grace_seconds = offline_grace_seconds
        self.timeout = timeout
        self.now = now or (lambda: int(time.time() * 1000))

    def validate(self, key, identifier, features=None):
        """A dict with valid, code, message (what it means), remedy, license, activation, and
        source ('server', or 'cache' when offline within the grace period)."""
        body = {"key": key, "identifier": identifier}
        if self.product:
            body["product"] = self.product
        if features:
            body["scope"] = {"features": features}
        try:
            status, answer = self._send("/v1/licenses/validate", body)
        except UnreachableError:
            return self._cached_validation(key, identifier)
        state = load_state(self.state_file)
        date = self._trust(answer, state)
        if status == 200:
            state["validations"][cache_slot(key, identifier)] = {"date": answer.date, "signature": answer.signature, "body": answer.body.decode()}
        save_state(self.state_file, state)
        if status != 200:
            raise _refused(status, answer.body)
        return self._validation(answer.body, date, "server")

    def activate(self, key, identifier, **details):
        """{created, activation, license}; created is False when the identifier already held one."""
        body = {"key": key, "identifier": identifier, **details}
        if self.product:
            body["product"] = self.product
        return self._call("/v1/activations", body)

    def heartbeat(self, key, identifier):
        return self._call("/v1/activations/heartbeat", {"key": key, "identifier": identifier})

    def deactivate(self, key, identifier):
        return self._call("/v1/activations/deactivate", {"key": key, "identifier": identifier})["activation"]

    def license_file(self, key, identifier, valid_for_days=None):
        """(file, document): the license file, verified before it is returned."""
        body = {"key": key, "identifier": identifier}
        if self.product:
            body["product"] = self.product
        if valid_for_days:
            body["validForDays"] = valid_for_days
        file = self._call("/v1/license-files", body)
        return file, self.verify_license_file(file, identifier)

    def submit_offline_request(self, request):
        """From a connected machine: the signed response file for an air-gapped machine's request."""
        file = self._call("/v1/offline-activations", request)
        self.verify_license_file(file, request["identifier"], request["nonce"])
        return file

    def verify_license_file(self, file, identifier, request_nonce=None):
        return verify_license_file(self.public_key, file, identifier, self.now(), self.product, request_nonce)

    def start_heartbeat(self, key, identifier, interval_seconds, on_beat=lambda outcome: None):
        """Beats now and every interval on a daemon thread; returns a threading.Event: set() stops it."""
        stop = threading.Event()

        def loop():
            while not stop.is_set():
                try:
                    on_beat({"ok": True, **self.heartbeat(key, identifier)})
                except Exception as error:  # reported, never fatal: the next beat may get through
                    on_beat({"ok": False, "error": error})
                stop.wait(interval_seconds)

        threading.Thread(target=loop, daemon=True).start()
        return stop

    def _cached_validation(self, key, identifier):
        state = load_state(self.state_file)
        cached = state["validations"].get(cache_slot(key, identifier))
        if not cached:
            raise UnreachableError("NO_CACHED_ANSWER")
        now = self.now()
        if now < state["lastSeenAt"]:
            raise UnreachableError("CLOCK_BACKWARDS")
        answer = SignedAnswer(cached["date"], cached["signature"], cached["body"].encode())
        # Verified again: only the vendor's signature is trusted, not the file.

        date = verify_answer(self.public_key, answer, answer_date_ms(answer.date) or 0)
        if now - date > self.offline_grace_seconds * 1000:
            raise UnreachableError("GRACE_ENDED")
        state["lastSeenAt"] = now
        save_state(self.state_file, state)
        return self._validation(answer.body, date, "cache")

    @staticmethod
    def _validation(body, date, source):
        parsed = json.loads(body)
        fields = ("valid", "code", "message", "remedy", "license", "activation")
        return {**{f: parsed.get(f) for f in fields}, "source": source, "answeredAt": date}

    def _trust(self, answer, state):
        now = self.now()
        date = verify_answer(self.public_key, answer, now, state["lastAnswerDate"])
        state["lastAnswerDate"] = date
        state["lastSeenAt"] = max(state["lastSeenAt"], now)
        return date

    def _call(self, path, body):
        status, answer = self._send(path, body)
        state = load_state(self.state_file)
        self._trust(answer, state)
        save_state(self.state_file, state)
        if status >= 400:
            raise _refused(status, answer.body)
        return json.loads(answer.body)

    def _send(self, path, body):
        request = urllib.request.Request(
            self.base_url + path, data=json.dumps(body).encode(), method="POST", headers={"content-type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, headers, data = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, data = error.code, error.headers, error.read()
        except (urllib.error.URLError, OSError):
            raise UnreachableError("NETWORK")
        return status, SignedAnswer(headers.get("date", ""), headers.get("x-signature", ""), data)
