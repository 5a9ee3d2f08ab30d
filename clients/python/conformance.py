"""Conformance runner (clients/conformance/README.md): runs scenarios.json against a server and
prints one JSON line per scenario; exit code 0 when every scenario passed.
Run with Debian's interpreter, which sees python3-cryptography: /usr/bin/python3 conformance.py"""
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from licensing_client.client import LicensingClient, RefusedError, UnreachableError  # noqa: E402
from licensing_client.license_file import LicenseFileError  # noqa: E402
from licensing_client.offline_activation import create_offline_request  # noqa: E402
from licensing_client.signed_answer import UntrustedAnswerError  # noqa: E402

CLIENT = "python"


def env(name):
    value = os.environ.get(name)
    if not value:
        raise SystemExit(f"Set {name} (clients/conformance/README.md).")
    return value


def run(step, state_file, grace, urls, product):
    offset = step.get("clockOffsetSeconds", 0) * 1000
    client = LicensingClient(
        urls[step.get("via", "server")],
        env("CONFORMANCE_WRONG_PUBLIC_KEY") if step.get("publicKey") == "wrong" else env("LICENSING_PUBLIC_KEY"),
        product=product,
        state_file=state_file,
        offline_grace_seconds=grace,
        now=lambda: int(time.time() * 1000) + offset,
    )
    key = env("CONFORMANCE_KEY_" + step["key"])
    identifier = step["identifier"].replace("{client}", CLIENT)
    call = step["call"]
    try:
        if call == "activate":
            return "ok", "ACTIVATED" if client.activate(key, identifier, hostname="conformance")["created"] else "ALREADY_ACTIVATED"
        if call == "validate":
            validation = client.validate(key, identifier)
            return ("offline" if validation["source"] == "cache" else "ok"), validation["code"]
        if call == "heartbeat":
            client.heartbeat(key, identifier)
            return "ok", "OK"
        if call == "deactivate":
            client.deactivate(key, identifier)
            return "ok", "OK"
        if call == "license_file":
            client.license_file(key, identifier)
            return "ok", "VALID"
        if call == "offline_activation":
            request = create_offline_request(key, product, identifier)
            file = client.submit_offline_request(request)
            client.verify_license_file(file, identifier, request["nonce"])
            return "ok", "VALID"
        return "error", f"unknown call {call}"
    except RefusedError as error:
        return "refused", error.code
    except UntrustedAnswerError as error:
        return "untrusted", error.reason
    except UnreachableError as error:
        return "unreachable", error.code
    except LicenseFileError as error:
        return "untrusted", "license_file_" + error.problem
    except Exception as error:  # reported as a failing step, never hidden
        return "error", repr(error)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.environ.get("CONFORMANCE_SCENARIOS", os.path.join(here, "../conformance/scenarios.json")), encoding="utf-8") as f:
        suite = json.load(f)
    proxy = env("CONFORMANCE_PROXY_URL")
    urls = {
        "server": env("LICENSING_URL"),
        "tamper": proxy + "/tamper",
        "stale": proxy + "/stale",
        "recent": proxy + "/recent",
        "down": env("CONFORMANCE_DOWN_URL"),
    }
    product = env("CONFORMANCE_PRODUCT")
    state_dir = tempfile.mkdtemp(prefix="conformance-py-", dir=os.environ.get("CONFORMANCE_STATE_DIR"))
    failures = 0
    for scenario in suite["scenarios"]:
        state_file = os.path.join(state_dir, scenario["id"] + ".json")
        grace = scenario.get("offlineGraceSeconds", suite["defaults"]["offlineGraceSeconds"])
        got = [run(step, state_file, grace, urls, product) for step in scenario["steps"]]
        passed = all(g == (s["expect"]["outcome"], s["expect"]["code"]) for g, s in zip(got, scenario["steps"]))
        failures += 0 if passed else 1
        print(json.dumps({"client": CLIENT, "scenario": scenario["id"], "pass": passed, "got": [{"outcome": o, "code": c} for o, c in got]}), flush=True)
    sys.exit(0 if failures == 0 else 1)


if __name__ == "__main__":
    main()
