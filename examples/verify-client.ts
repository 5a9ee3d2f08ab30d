/**
 * How installed software checks its license with the TypeScript client (clients/typescript):
 * every answer's signature and date verified, the key never fetched at run time.
 *
 *   npx tsx examples/verify-client.ts http://localhost:3000 7KQ2M-XH4PD-ZR9WT-C3NVB-L8FJA --public-key-file vendor.pem [fingerprint]
 *
 * Without a fingerprint it uses this machine's (machineFingerprint). A package built with
 * `VENDOR_PUBLIC_KEY=… npm run build` in clients/typescript carries the key itself; from the
 * sources, pass the PEM saved from GET /v1/public-key. Exit code: 0 valid, 1 not valid,
 * 2 no trustworthy answer (unsigned, replayed, unreachable past the grace period) or bad usage.
 *
 * The functions exported below are the library's, in the shapes the server's tests use.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { KeyObject } from 'node:crypto';
import { LicensingClient } from '../clients/typescript/src/client.js';
import { machineFingerprint } from '../clients/typescript/src/fingerprint.js';
import {
  LicenseFileError,
  verifyLicenseFile as verifyFile,
  type LicenseFileDocument,
  type SignedFile,
} from '../clients/typescript/src/license-file.js';
import {
  parsePublicKey,
  UntrustedAnswerError,
  verifyAnswer,
  type SignedAnswer,
} from '../clients/typescript/src/signed-answer.js';

export { grantedFeature } from '../clients/typescript/src/license-file.js';
export type { LicenseFileDocument, SignedFile };

export const publicKeyFromPem = (pem: string): KeyObject => parsePublicKey(pem);

/** True when the answer is signed by the key and dated within 5 minutes of `now`. */
export function verifyResponse(
  publicKey: KeyObject,
  answer: SignedAnswer,
  now = new Date(),
): boolean {
  try {
    verifyAnswer(publicKey, answer, now);
    return true;
  } catch (error) {
    if (error instanceof UntrustedAnswerError) return false;
    throw error;
  }
}

/** The document when the file is signed, for this identifier (and nonce) and still valid; null otherwise. */
export function verifyLicenseFile(
  publicKey: KeyObject,
  file: SignedFile,
  expected: { identifier: string; now?: Date; requestNonce?: string },
): LicenseFileDocument | null {
  try {
    return verifyFile(publicKey, file, expected);
  } catch (error) {
    if (error instanceof LicenseFileError) return null;
    throw error;
  }
}

async function main(args: string[]): Promise<number> {
  const keyFileAt = args.indexOf('--public-key-file');
  const publicKey = keyFileAt >= 0 ? readFileSync(args[keyFileAt + 1], 'utf8') : undefined;
  const [baseUrl, licenseKey, identifier] = args.filter(
    (_, i) => i !== keyFileAt && i !== keyFileAt + 1,
  );
  if (!baseUrl || !licenseKey) {
    console.log(
      'Usage: npx tsx examples/verify-client.ts <base-url> <license-key> --public-key-file vendor.pem [fingerprint]',
    );
    return 2;
  }
  try {
    const client = new LicensingClient({
      baseUrl,
      publicKey,
      stateFile: '.licensing-state.json',
      offlineGraceSeconds: 72 * 3600,
    });
    const result = await client.validate(licenseKey, identifier ?? machineFingerprint('EXAMPLE'));
    console.log(
      `${result.valid ? 'Valid' : 'Not valid'} (${result.code}${result.source === 'cache' ? ', cached answer' : ''}): ${result.message}${result.valid ? '' : ` ${result.remedy}`}`,
    );
    return result.valid ? 0 : 1;
  } catch (error) {
    console.log(`No trustworthy answer: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
