import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  rekeyLicenseKeys,
  rekeysLicenses,
  ROTATABLE,
  rotatedSecrets,
  type RotatableSecret,
} from '../crypto/secret-rotation.js';

export const ROTATE_USAGE = `Usage: portal secrets rotate NAME[,NAME…] --out FILE

Gives the named secrets of PORTAL_SECRETS (or DATA_DIR/secrets.json) new values and writes the
whole new set to FILE (mode 0600; an existing FILE is refused). Names: ${ROTATABLE.join(', ')}.
licenseKeyEncryption and licenseKeyLookup: every stored license key is re-encrypted with the
new values in one transaction, so stop every instance first, then replace PORTAL_SECRETS (or
secrets.json) with FILE's content on every instance before starting them again: with the old
secrets no stored key can be read. What changing each one does: docs/deploy.md, "Rotating
secrets".`;

function parse(args: string[]): { names: RotatableSecret[]; out: string } | string {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const rest = args.filter((_, index) => index !== outAt && index !== outAt + 1);
  if (!out || out.startsWith('-') || rest.length !== 1) return 'Name the secrets and --out FILE.';
  const names = rest[0].split(',').filter(Boolean);
  const unknown = names.filter((name) => !ROTATABLE.includes(name as RotatableSecret));
  if (names.length === 0 || unknown.length > 0)
    return `Unknown secret ${unknown.join(', ') || '(none named)'}: the names are ${ROTATABLE.join(', ')}.`;
  return { names: names as RotatableSecret[], out: path.resolve(out) };
}

/** `secrets rotate NAMES --out FILE`: returns the exit code; prints what it did or why not. */
export async function rotateSecretsCommand(args: string[]): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    (args.length === 0 ? console.error : console.log)(ROTATE_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const parsed = parse(args);
  if (typeof parsed === 'string') return (console.error(`${parsed}\n\n${ROTATE_USAGE}`), 2);
  const { names, out } = parsed;
  if (existsSync(out)) return (console.error(`${out} exists: name a new file.`), 1);
  const { withServerContext } = await import('./cli-context.js');
  return withServerContext(async (ctx) => {
    const next = rotatedSecrets(ctx.secrets, names);
    // Written before the keys move: a failed write leaves the database as it was.
    await writeFile(out, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    const count = rekeysLicenses(names) ? await rekeyLicenseKeys(ctx.db, ctx.secrets, next) : 0;
    console.log(
      `New values for ${names.join(', ')} written to ${out}.${count ? ` ${count} license keys re-encrypted with them.` : ''}\nNext: replace PORTAL_SECRETS (or DATA_DIR/secrets.json) with that file's content on every instance, then start them.`,
    );
    return 0;
  });
}
