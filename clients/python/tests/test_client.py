"""Unit tests: answers signed here with a throw-away key, exactly as the server signs them.
Run: /usr/bin/python3 -m unittest discover -s tests (from clients/python)."""
import base64
import json
import os
import socket
import tempfile
import threading
import time
import unittest
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from licensing_client.client import LicensingClient, UnreachableError
from licensing_client.client_state import cache_slot, save_state
from licensing_client.fingerprint import machine_fingerprint
from licensing_client.license_file import LicenseFileError, verify_license_file
from licensing_client.signed_answer import SignedAnswer, UntrustedAnswerError, parse_public_key, verify_answer

VENDOR = Ed25519PrivateKey.generate()
OTHER = Ed25519PrivateKey.generate()
RAW = base64.b64encode(VENDOR.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
PEM = VENDOR.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
NOW = int(time.time()) * 1000
BODY = json.dumps({"valid": True, "code": "VALID", "message": "The license is valid for this request.", "remedy": "Nothing to do.", "license": None, "activation": None}).encode()


def signed(body=BODY, at=NOW, key=VENDOR):
    date = formatdate(at / 1000, usegmt=True)
    signature = base64.b64encode(key.sign(date.encode() + b"\n" + body)).decode()
    return SignedAnswer(date, "ed25519=" + signature, body)


def closed_port_url():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


class SignedAnswerTest(unittest.TestCase):
    def test_accepts_an_answer_signed_now_with_raw_or_pem_key(self):
        for key in (RAW, PEM):
            self.assertEqual(verify_answer(parse_public_key(key), signed(), NOW), NOW)

    def test_refuses_a_tampered_byte_in_the_body_or_date(self):
        answer = signed()
        tampered = bytearray(answer.body)
        tampered[10] ^= 1
        with self.assertRaises(UntrustedAnswerError) as caught:
            verify_answer(parse_public_key(RAW), SignedAnswer(answer.date, answer.signature, bytes(tampered)), NOW)
        self.assertEqual(caught.exception.reason, "signature")
        later = formatdate(NOW / 1000 + 1, usegmt=True)
        with self.assertRaises(UntrustedAnswerError):
            verify_answer(parse_public_key(RAW), SignedAnswer(later, answer.signature, answer.body), NOW)

    def test_refuses_another_key(self):
        with self.assertRaises(UntrustedAnswerError) as caught:
            verify_answer(parse_public_key(RAW), signed(key=OTHER), NOW)
        self.assertEqual(caught.exception.reason, "signature")

    def test_refuses_an_answer_older_or_newer_than_five_minutes(self):
        for at in (NOW - 301_000, NOW + 301_000):
            with self.assertRaises(UntrustedAnswerError) as caught:
                verify_answer(parse_public_key(RAW), signed(at=at), NOW)
            self.assertEqual(caught.exception.reason, "stale")
        self.assertEqual(verify_answer(parse_public_key(RAW), signed(at=NOW - 299_000), NOW), NOW - 299_000)

    def test_refuses_an_answer_older_than_the_last_trusted_one(self):
        with self.assertRaises(UntrustedAnswerError) as caught:
            verify_answer(parse_public_key(RAW), signed(at=NOW - 60_000), NOW, last_answer_date=NOW)
        self.assertEqual(caught.exception.reason, "clock")


class OfflineGraceTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()
        self.state_file = os.path.join(self.folder, "state.json")
        answer = signed()
        save_state(self.state_file, {
            "format": "licensing-client-state/1", "lastAnswerDate": NOW, "lastSeenAt": NOW,
            "validations": {cache_slot("key-1", "m-1"): {"date": answer.date, "signature": answer.signature, "body": answer.body.decode()}},
        })

    def client(self, now, grace=3600):
        return LicensingClient(closed_port_url(), RAW, state_file=self.state_file, offline_grace_seconds=grace, now=lambda: now)

    def test_answers_from_the_cache_within_the_grace_period(self):
        validation = self.client(NOW + 1_800_000).validate(" key-1 ", "m-1")
        self.assertEqual((validation["source"], validation["code"]), ("cache", "VALID"))

    def test_refuses_after_the_grace_period_with_a_clock_set_back_or_for_another_machine(self):
        for now, identifier, code in ((NOW + 3_601_000, "m-1", "GRACE_ENDED"), (NOW - 1000, "m-1", "CLOCK_BACKWARDS"), (NOW, "m-2", "NO_CACHED_ANSWER")):
            with self.assertRaises(UnreachableError) as caught:
                self.client(now).validate("key-1", identifier)
            self.assertEqual(caught.exception.code, code)

    def test_refuses_a_cache_edited_on_disk(self):
        with open(self.state_file, encoding="utf-8") as f:
            state = json.load(f)
        slot = cache_slot("key-1", "m-1")
        state["validations"][slot]["body"] = state["validations"][slot]["body"].replace("VALID", "VALIX", 1)
        save_state(self.state_file, state)
        with self.assertRaises(UntrustedAnswerError):
            self.client(NOW).validate("key-1", "m-1")


class LicenseFileTest(unittest.TestCase):
    def file(self, key=VENDOR, valid_until="2999-01-01T00:00:00.000Z", **extra):
        document = json.dumps({"activation": {"identifier": "m-1"}, "product": {"code": "P"}, "features": [], "validUntil": valid_until, **extra}).encode()
        return {"format": "license-file/1", "algorithm": "ed25519", "document": base64.b64encode(document).decode(), "signature": base64.b64encode(key.sign(document)).decode()}

    def check(self, file, problem, **expected):
        with self.assertRaises(LicenseFileError) as caught:
            verify_license_file(parse_public_key(RAW), file, expected.pop("identifier", "m-1"), NOW, **expected)
        self.assertEqual(caught.exception.problem, problem)

    def test_verifies_a_file_for_this_machine(self):
        document = verify_license_file(parse_public_key(RAW), self.file(requestNonce="n-1"), "m-1", NOW, "P", "n-1")
        self.assertEqual(document["product"]["code"], "P")

    def test_refuses_tampered_foreign_expired_or_unmatched_files(self):
        tampered = self.file()
        tampered["document"] = base64.b64encode(base64.b64decode(tampered["document"]).replace(b"m-1", b"m-2")).decode()
        self.check(tampered, "signature", identifier="m-2")
        self.check(self.file(key=OTHER), "signature")
        self.check(self.file(), "identifier", identifier="m-9")
        self.check(self.file(valid_until="2000-01-01T00:00:00.000Z"), "expired")
        self.check(self.file(requestNonce="n-1"), "nonce", request_nonce="n-2")


class SigningServer(BaseHTTPRequestHandler):
    """A real HTTP server answering heartbeats as the licensing server does, signed."""

    def do_POST(self):
        self.rfile.read(int(self.headers["content-length"]))
        answer = signed(json.dumps({"lastHeartbeatAt": "now", "heartbeatDeadline": None}).encode(), int(time.time()) * 1000)
        self.send_response(200)
        self.send_header("date", answer.date)
        self.send_header("x-signature", answer.signature)
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, *args):
        pass


class HeartbeatLoopTest(unittest.TestCase):
    def test_beats_until_stopped_and_reports_each_outcome(self):
        server = ThreadingHTTPServer(("127.0.0.1", 0), SigningServer)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        outcomes, done = [], threading.Event()

        def on_beat(outcome):
            outcomes.append(outcome["ok"])
            if len(outcomes) == 3:
                done.set()

        client = LicensingClient(f"http://127.0.0.1:{server.server_address[1]}", RAW)
        stop = client.start_heartbeat("key-1", "m-1", 0.001, on_beat)
        done.wait(30)
        stop.set()
        server.shutdown()
        server.server_close()
        self.assertEqual(outcomes[:3], [True, True, True])


class FingerprintTest(unittest.TestCase):
    def test_is_a_salted_hash_stable_per_product(self):
        one = machine_fingerprint("ATLAS-CAD", "0123456789abcdef")
        self.assertEqual(one, machine_fingerprint("ATLAS-CAD", "0123456789abcdef"))
        self.assertNotEqual(one, machine_fingerprint("OTHER", "0123456789abcdef"))
        self.assertRegex(one, r"^[0-9a-f]{64}$")
        self.assertNotIn("0123456789abcdef", one)
        self.assertRegex(machine_fingerprint("ATLAS-CAD"), r"^[0-9a-f]{64}$")


if __name__ == "__main__":
    unittest.main()
