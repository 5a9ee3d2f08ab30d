"""A machine fingerprint stable across reboots. Reads the OS's machine id locally and never sends
it: only SHA-256("licensing-fingerprint/1\\n" + product + "\\n" + id) leaves the machine."""
import hashlib
import re
import subprocess
import sys


def raw_machine_id(platform=sys.platform):
    """Linux /etc/machine-id (or /var/lib/dbus/machine-id), macOS IOPlatformUUID, Windows MachineGuid."""
    if platform == "darwin":
        out = subprocess.run(["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"], capture_output=True, text=True).stdout
        match = re.search(r'"IOPlatformUUID" = "([^"]+)"', out)
        if match:
            return match.group(1)
    elif platform == "win32":
        import winreg  # only on Windows

        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
            return winreg.QueryValueEx(key, "MachineGuid")[0]
    else:
        for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
            try:
                with open(path, encoding="ascii") as f:
                    value = f.read().strip()
                if value:
                    return value
            except OSError:
                continue
    raise RuntimeError("This machine has no readable machine id.")


def machine_fingerprint(product, machine_id=None):
    machine_id = raw_machine_id() if machine_id is None else machine_id
    return hashlib.sha256(f"licensing-fingerprint/1\n{product}\n{machine_id}".encode()).hexdigest()
