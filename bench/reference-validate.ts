import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import Fastify from 'fastify';
import { addValidateDuties } from './reference-duties.js';
import { validatesStatement } from './reference-statement.js';

/**
 * The licensing benchmark's reference, in its own process: only the work a signed validate
 * answer cannot do without. A JSON body parsed, one prepared statement reading a row by an
 * indexed key from a license-like table (better-sqlite3, WAL, as the portal's embedded
 * database), an answer of the validate answer's size (BODY_BYTES) built from the row, and an
 * Ed25519 signature over `date + "\n" + body` sent with the `date` and `x-signature` headers.
 * Prints `listening on <port>`; the key to post is `REF-<n>` for n below ROWS.
 */
const ROWS = 1000;
const bodyBytes = Number(process.env.BODY_BYTES ?? 1000);

const sqlite = new SqliteDatabase(
  path.join(mkdtempSync(path.join(tmpdir(), 'reference-')), 'reference.sqlite'),
);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL');
sqlite.exec(`create table licenses (
  id integer primary key, key_hash text not null unique, product_code text not null,
  product_name text not null, entitlement text not null, status text not null,
  seats integer not null, live_seats integer not null, expires_at text)`);
const insert = sqlite.prepare('insert into licenses values (?, ?, ?, ?, ?, ?, ?, ?, ?)');
sqlite.transaction(() => {
  for (let n = 0; n < ROWS; n++) {
    insert.run(
      n + 1,
      `REF-${n}`,
      'ATLAS-CAD',
      'Atlas CAD',
      `ENT-${n}`,
      'active',
      10,
      1,
      '2030-01-01T00:00:00.000Z',
    );
  }
})();
const byKey = sqlite.prepare('select * from licenses where key_hash = ?');

const { privateKey } = generateKeyPairSync('ed25519');

/**
 * With DUTIES set to validate's answer, the reference does validate's duties too
 * (reference-duties.ts); with PORTAL_DATABASE_URL and PORTAL_DATA_DIR also set, its lookup is
 * validate's own statement on that running portal's database (reference-statement.ts), and
 * the key to post is the portal's.
 */
const duties = process.env.DUTIES;
const { PORTAL_DATABASE_URL, PORTAL_DATA_DIR } = process.env;
const lookup =
  PORTAL_DATABASE_URL && PORTAL_DATA_DIR
    ? validatesStatement(PORTAL_DATABASE_URL, PORTAL_DATA_DIR)
    : (key: string) => byKey.get(key);
const app = Fastify(
  duties
    ? { logger: { level: 'warn' }, ajv: { customOptions: { coerceTypes: 'array' } } }
    : { logger: false },
);
if (duties) addValidateDuties(app, JSON.parse(duties), lookup, privateKey);
else
  app.post<{ Body: { key: string } }>('/validate', async (request, reply) => {
    const license = byKey.get(request.body.key);
    const answer = JSON.stringify({ valid: license !== undefined, license, padding: '' });
    const body = answer.replace(
      '"padding":""',
      `"padding":"${'x'.repeat(Math.max(0, bodyBytes - answer.length))}"`,
    );
    const date = new Date().toUTCString();
    const signature = sign(
      null,
      Buffer.concat([Buffer.from(`${date}\n`), Buffer.from(body)]),
      privateKey,
    );
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.header('date', date);
    reply.header('x-signature', `ed25519=${signature.toString('base64')}`);
    return body;
  });
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening on ${typeof address === 'object' && address ? address.port : ''}`);
