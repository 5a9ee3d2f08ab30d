import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LicensingClient, UnreachableError } from '../src/client.js';
import { cacheSlot, saveState } from '../src/client-state.js';
import { machineFingerprint } from '../src/fingerprint.js';
import { LicenseFileError, grantedFeature, verifyLicenseFile } from '../src/license-file.js';
import { createOfflineRequest } from '../src/offline-activation.js';
import {
  UntrustedAnswerError,
  parsePublicKey,
  verifyAnswer,
  type SignedAnswer,
} from '../src/signed-answer.js';

// Answers signed here with throw-away keys, exactly as the server signs them.
const vendor = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const raw = (key: KeyObject) =>
  Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url').toString('base64');
const NOW = Math.floor(Date.now() / 1000) * 1000;
const BODY = JSON.stringify({
  valid: true,
  code: 'VALID',
  message: 'The license is valid for this request.',
  remedy: 'Nothing to do.',
  license: null,
  activation: null,
});

function signed(body = BODY, at = NOW, key = vendor.privateKey): SignedAnswer {
  const date = new Date(at).toUTCString();
  return {
    date,
    signature: `ed25519=${sign(null, Buffer.from(`${date}\n${body}`), key).toString('base64')}`,
    body,
  };
}
/** 'passed' when the action does not throw; else what the client says was wrong. */
const outcomeOf = (action: () => unknown) => {
  try {
    action();
    return 'passed';
  } catch (error) {
    if (error instanceof UntrustedAnswerError) return error.reason;
    return error instanceof LicenseFileError ? error.problem : String(error);
  }
};

describe('signed answers', () => {
  const key = parsePublicKey(raw(vendor.publicKey));

  it('accepts an answer signed now, with the raw or the PEM key', () => {
    expect(verifyAnswer(key, signed(), new Date(NOW))).toBe(NOW);
    const pem = vendor.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifyAnswer(parsePublicKey(pem), signed(), new Date(NOW))).toBe(NOW);
  });

  it('refuses a tampered byte, another key, an old or future answer, and one older than the last trusted', () => {
    const answer = signed();
    expect(
      outcomeOf(() =>
        verifyAnswer(
          key,
          { ...answer, body: answer.body.replace('valid', 'Valid') },
          new Date(NOW),
        ),
      ),
    ).toBe('signature');
    expect(
      outcomeOf(() => verifyAnswer(key, signed(BODY, NOW, other.privateKey), new Date(NOW))),
    ).toBe('signature');
    expect(outcomeOf(() => verifyAnswer(key, signed(BODY, NOW - 301_000), new Date(NOW)))).toBe(
      'stale',
    );
    expect(outcomeOf(() => verifyAnswer(key, signed(BODY, NOW + 301_000), new Date(NOW)))).toBe(
      'stale',
    );
    expect(outcomeOf(() => verifyAnswer(key, signed(BODY, NOW - 60_000), new Date(NOW), NOW))).toBe(
      'clock',
    );
    expect(outcomeOf(() => verifyAnswer(key, signed(BODY, NOW - 299_000), new Date(NOW)))).toBe(
      'passed',
    );
  });
});

describe('offline grace from the state file', () => {
  let stateFile: string;
  let down: string;
  beforeAll(async () => {
    stateFile = path.join(mkdtempSync(path.join(tmpdir(), 'licensing-ts-')), 'state.json');
    saveState(stateFile, {
      format: 'licensing-client-state/1',
      lastAnswerDate: NOW,
      lastSeenAt: NOW,
      validations: { [cacheSlot('key-1', 'm-1')]: signed() },
    });
    // A port nobody listens on: the client cannot reach the server.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    down = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((resolve) => probe.close(resolve));
  });
  const client = (at: number) =>
    new LicensingClient({
      baseUrl: down,
      publicKey: raw(vendor.publicKey),
      stateFile,
      offlineGraceSeconds: 3600,
      now: () => new Date(at),
    });
  const codeOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return 'answered';
    } catch (error) {
      return error instanceof UnreachableError
        ? error.code
        : error instanceof UntrustedAnswerError
          ? error.reason
          : String(error);
    }
  };

  it('answers from the cache within the grace period, then refuses past it, with a clock set back, or for another machine', async () => {
    const cached = await client(NOW + 1_800_000).validate(' key-1 ', 'm-1');
    expect([cached.source, cached.code, cached.valid, cached.message]).toEqual([
      'cache',
      'VALID',
      true,
      'The license is valid for this request.',
    ]);
    expect(await codeOf(client(NOW + 3_601_000).validate('key-1', 'm-1'))).toBe('GRACE_ENDED');
    expect(await codeOf(client(NOW + 1_000).validate('key-1', 'm-1'))).toBe('CLOCK_BACKWARDS');
    expect(await codeOf(client(NOW + 1_900_000).validate('key-1', 'm-2'))).toBe('NO_CACHED_ANSWER');
  });

  it('refuses a cached answer edited on disk', async () => {
    writeFileSync(stateFile, readFileSync(stateFile, 'utf8').replace('The license', 'Thy license'));
    expect(await codeOf(client(NOW + 1_900_000).validate('key-1', 'm-1'))).toBe('signature');
  });
});

describe('license files', () => {
  const key = parsePublicKey(raw(vendor.publicKey));
  const file = (
    validUntil = '2999-01-01T00:00:00.000Z',
    extra: object = {},
    signer = vendor.privateKey,
  ) => {
    const document = Buffer.from(
      JSON.stringify({
        activation: { identifier: 'm-1' },
        product: { code: 'P' },
        features: [{ code: 'f', expiresAt: null }],
        validUntil,
        ...extra,
      }),
    );
    return {
      format: 'license-file/1',
      algorithm: 'ed25519' as const,
      document: document.toString('base64'),
      signature: sign(null, document, signer).toString('base64'),
    };
  };

  it('verifies a file for this machine and reads its features', () => {
    const document = verifyLicenseFile(key, file(undefined, { requestNonce: 'n-1' }), {
      identifier: 'm-1',
      product: 'P',
      requestNonce: 'n-1',
    });
    expect(grantedFeature(document, 'f')?.code).toBe('f');
  });

  it('refuses a tampered, foreign, expired or unmatched file', () => {
    const edited = file();
    edited.document = Buffer.from(
      Buffer.from(edited.document, 'base64').toString().replace('m-1', 'm-2'),
    ).toString('base64');
    expect(outcomeOf(() => verifyLicenseFile(key, edited, { identifier: 'm-2' }))).toBe(
      'signature',
    );
    expect(
      outcomeOf(() =>
        verifyLicenseFile(key, file(undefined, {}, other.privateKey), { identifier: 'm-1' }),
      ),
    ).toBe('signature');
    expect(outcomeOf(() => verifyLicenseFile(key, file(), { identifier: 'm-9' }))).toBe(
      'identifier',
    );
    expect(
      outcomeOf(() =>
        verifyLicenseFile(key, file('2000-01-01T00:00:00.000Z'), { identifier: 'm-1' }),
      ),
    ).toBe('expired');
    expect(
      outcomeOf(() =>
        verifyLicenseFile(key, file(undefined, { requestNonce: 'n-1' }), {
          identifier: 'm-1',
          requestNonce: 'n-2',
        }),
      ),
    ).toBe('nonce');
  });

  it('writes offline requests with a fresh nonce each', () => {
    const one = createOfflineRequest({ key: 'k', product: 'P', identifier: 'm-1' });
    expect(one.format).toBe('offline-activation-request/1');
    expect(one.nonce).not.toBe(
      createOfflineRequest({ key: 'k', product: 'P', identifier: 'm-1' }).nonce,
    );
  });
});

describe('heartbeat loop', () => {
  const beats: string[] = [];
  let server: ReturnType<typeof createServer>;
  let url: string;
  beforeAll(async () => {
    // A real HTTP server that answers as the licensing server does, signed.
    server = createServer((request, response) => {
      request.resume().on('end', () => {
        beats.push(request.url ?? '');
        const answer = signed(
          JSON.stringify({ lastHeartbeatAt: new Date().toISOString(), heartbeatDeadline: null }),
          Date.now(),
        );
        response
          .writeHead(200, {
            date: answer.date,
            'x-signature': answer.signature,
            'content-type': 'application/json',
          })
          .end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('beats until stopped and reports each outcome', async () => {
    const client = new LicensingClient({ baseUrl: url, publicKey: raw(vendor.publicKey) });
    const outcomes: boolean[] = [];
    await new Promise<void>((resolve) => {
      const loop = client.startHeartbeat('key-1', 'm-1', 1, (outcome) => {
        outcomes.push(outcome.ok);
        if (outcomes.length === 3) {
          loop.stop();
          resolve();
        }
      });
    });
    expect(outcomes).toEqual([true, true, true]);
    expect(beats.slice(0, 3)).toEqual(Array(3).fill('/v1/activations/heartbeat'));
  });
});

describe('machine fingerprint', () => {
  it('is a product-salted SHA-256 of the machine id, stable, and never the id itself', () => {
    const one = machineFingerprint('ATLAS-CAD', '0123456789abcdef');
    expect(one).toBe(machineFingerprint('ATLAS-CAD', '0123456789abcdef'));
    expect(one).not.toBe(machineFingerprint('OTHER', '0123456789abcdef'));
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(machineFingerprint('ATLAS-CAD')).toMatch(/^[0-9a-f]{64}$/);
  });
});
