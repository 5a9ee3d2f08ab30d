import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The operating system's own machine id, read locally and never sent: Linux /etc/machine-id
 * (or /var/lib/dbus/machine-id), macOS IOPlatformUUID, Windows MachineGuid. All three are
 * set at installation and survive reboots.
 */
export function rawMachineId(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') {
    const out = execFileSync('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], {
      encoding: 'utf8',
    });
    const match = /"IOPlatformUUID" = "([^"]+)"/.exec(out);
    if (match) return match[1];
  } else if (platform === 'win32') {
    const out = execFileSync(
      'reg',
      ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'],
      { encoding: 'utf8' },
    );
    const match = /MachineGuid\s+REG_SZ\s+(\S+)/.exec(out);
    if (match) return match[1];
  } else {
    for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
      try {
        const id = readFileSync(file, 'utf8').trim();
        if (id) return id;
      } catch {
        // Try the next place.
      }
    }
  }
  throw new Error('This machine has no readable machine id.');
}

/**
 * The identifier to activate with: SHA-256 hex of "licensing-fingerprint/1\n" + product + "\n"
 * + the machine id. Salted with the product, so two vendors' products see unrelated values
 * and the raw id never leaves the machine.
 */
export function machineFingerprint(product: string, machineId = rawMachineId()): string {
  return createHash('sha256')
    .update(`licensing-fingerprint/1\n${product}\n${machineId}`)
    .digest('hex');
}
