import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { provisionLicense } from '../../support/licensing-fixtures.js';
import { valueFor, type JsonSchema } from '../../support/schema-arbitraries.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';
import { vendorClient } from '../../support/vendor-client.js';

/** Fixed for reproducibility; FUZZ_SEED=<n> replays another run (fast-check prints the seed on failure). */
const SEED = Number(process.env.FUZZ_SEED ?? 20_2612);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/** Routes whose success ends the actor's session or credentials: the walk would go on signed out. */
const SKIPPED = new Set([
  'POST /api/portal/auth/logout',
  'POST /api/portal/account/password',
  'POST /api/portal/account/sessions/revoke-others',
  'DELETE /api/portal/account/sessions/{sessionId}',
]);

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
}

function operationsOf(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
      .map(([method, spec]) => {
        const { parameters = [], requestBody } = spec as {
          parameters?: Parameter[];
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
        };
        return {
          method: method.toUpperCase(),
          path,
          parameters,
          body: requestBody?.content['application/json']?.schema,
        };
      })
      .filter((operation) => !SKIPPED.has(`${operation.method} ${operation.path}`)),
  );
}

const text = (value: unknown) =>
  typeof value === 'string'
    ? value
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/** A path segment; a lone surrogate becomes the invalid UTF-8 it would be on the wire. */
const segment = (value: unknown) => {
  try {
    return encodeURIComponent(text(value));
  } catch {
    return '%ED%A0%80';
  }
};

/** One request to the operation: its path and query filled, a body of its schema, all valid-ish or hostile. */
function requestFor(operation: Operation, known: unknown[]) {
  const part = (where: Parameter['in']) =>
    fc.record(
      Object.fromEntries(
        operation.parameters
          .filter((p) => p.in === where)
          .map((p) => [p.name, valueFor(p.schema, known)]),
      ),
      { requiredKeys: where === 'path' ? undefined : [] },
    );
  return fc
    .record({
      path: part('path'),
      query: part('query'),
      unknownParameter: fc.option(fc.constantFrom('colour', 'limit[]', '__proto__'), { freq: 8 }),
      body: operation.body ? valueFor(operation.body, known) : fc.constant(undefined),
    })
    .map(({ path, query, unknownParameter, body }) => {
      const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => segment(path[name]));
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(query)) search.append(name, text(value));
      if (unknownParameter) search.append(unknownParameter, '1');
      const queryString = search.toString();
      return {
        method: operation.method,
        url: queryString ? `${url}?${queryString}` : url,
        body,
      };
    });
}

function expectDocumentedAnswer(response: LightMyRequestResponse, what: string): void {
  expect(response.statusCode, `${what} → ${response.body.slice(0, 300)}`).toBeLessThan(500);
  if (what.includes(' /v1/')) expect(response.headers['x-signature'], what).toBeDefined();
  if (response.statusCode < 400) return;
  const { error } = response.json() as {
    error: { code: unknown; message: unknown; fields?: Record<string, unknown> };
  };
  expect(typeof error.code, what).toBe('string');
  // snake_case, or a /v1 license code (NOT_FOUND, SEATS_EXHAUSTED…).
  expect(error.code, what).toMatch(/^([a-z][a-z0-9_]*|[A-Z][A-Z0-9_]*)$/);
  expect(error.code, what).not.toMatch(/^fst_/);
  expect(typeof error.message, what).toBe('string');
  for (const problem of Object.values(error.fields ?? {}))
    expect(typeof problem, what).toBe('string');
}

describe.each(await availableDialects())(
  'every route answers hostile input with a documented 4xx on %s',
  (dialect) => {
    let t: TestApp;
    let admin: Client;
    let vendorToken: string;
    let known: unknown[];
    beforeAll(async () => {
      t = await createTestApp(dialect);
      admin = await t.signIn(NORTHWIND_ADMIN);
      vendorToken = (await vendorClient(t, 'fuzz')).token;
      const license = await provisionLicense(t);
      known = [
        1,
        2,
        3,
        license.licenseId,
        license.organizationId,
        license.key,
        license.productCode,
        'HWID-FUZZ',
      ];
    });
    afterAll(() => t.close());

    /** As the route's actor: the Admin's session (with its CSRF token), the vendor token, or none (/v1). */
    const send = (request: { method: string; url: string; body: unknown }) => {
      const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
      const json = payload === undefined ? {} : { 'content-type': 'application/json' };
      if (request.url.startsWith('/api/vendor/'))
        return t.app.inject({
          method: request.method as 'GET',
          url: request.url,
          payload,
          headers: { ...json, authorization: `Bearer ${vendorToken}` },
        });
      return admin.request({
        method: request.method as 'GET',
        url: request.url,
        payload,
        headers: json,
      });
    };

    it('never answers 5xx, and every refusal has the error shape', async () => {
      const operations = operationsOf(t.app.swagger() as Parameters<typeof operationsOf>[0]);
      expect(operations.length).toBeGreaterThan(80);
      const requests = fc
        .constantFrom(...operations)
        .chain((operation) => requestFor(operation, known));
      await fc.assert(
        fc.asyncProperty(requests, async (request) => {
          const response = await send(request);
          expectDocumentedAnswer(
            response,
            `${request.method} ${request.url} ${JSON.stringify(request.body)?.slice(0, 200)}`,
          );
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }, 120_000);
  },
);
