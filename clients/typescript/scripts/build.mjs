// Builds the package into dist/ (ESM + .d.ts) and embeds the vendor's public key:
//   node scripts/build.mjs --public-key-file vendor.pem     (or a base64 raw key in VENDOR_PUBLIC_KEY)
// The key is written into dist/src/vendor-key.js, so the sources never carry one.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const fileArg = args.indexOf('--public-key-file');
const given =
  fileArg >= 0 ? readFileSync(args[fileArg + 1], 'utf8') : (process.env.VENDOR_PUBLIC_KEY ?? '');

/** The raw 32-byte key in base64, from a PEM or a base64 raw key; refuses anything else. */
function rawKey(text) {
  const jwk = text.includes('-----BEGIN')
    ? createPublicKey(text).export({ format: 'jwk' })
    : createPublicKey({
        key: {
          kty: 'OKP',
          crv: 'Ed25519',
          x: Buffer.from(text.trim(), 'base64').toString('base64url'),
        },
        format: 'jwk',
      }).export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519') throw new Error('The vendor key must be an Ed25519 public key.');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json')], {
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const key = given.trim() ? rawKey(given) : null;
writeFileSync(
  path.join(root, 'dist/src/vendor-key.js'),
  `// Written by scripts/build.mjs: the vendor's Ed25519 public key (raw, base64).\nexport const VENDOR_PUBLIC_KEY = ${JSON.stringify(key)};\n`,
);
process.stdout.write(
  key ? `Built with the vendor key ${key}\n` : 'Built without an embedded key (pass publicKey).\n',
);
