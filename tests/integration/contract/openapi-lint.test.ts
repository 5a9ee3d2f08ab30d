import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { vendorClient } from '../../support/vendor-client.js';

type Operation = {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, any> }>;
};
type Document = {
  servers?: { url: string }[];
  components: { securitySchemes: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
};

const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );

// The documents do not depend on the database: SQLite alone serves them.
describe('the OpenAPI documents', () => {
  let t: TestApp;
  const documents: Record<'portal' | 'vendor', Document> = {} as never;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { seed: false });
    documents.portal = (await t.anonymous.get('/api/docs/json')).json();
    documents.vendor = (await (await vendorClient(t)).get('/openapi.json')).json();
  });
  afterAll(() => t.close());

  it.each(['portal', 'vendor'] as const)(
    'the %s document passes Redocly’s recommended rules with no error',
    async (name) => {
      const problems = await lintFromString({
        source: JSON.stringify(documents[name]),
        absoluteRef: `${name}.json`,
        config: await createConfig({ extends: ['recommended'] }),
      });
      const errors = problems
        .filter((problem) => problem.severity === 'error')
        .map(
          (problem) => `${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer})`,
        );
      expect(errors).toEqual([]);
    },
  );

  it.each(['portal', 'vendor'] as const)(
    'every operation of the %s document has an id, its security, a typed success, an example and the one error schema',
    (name) => {
      const document = documents[name];
      expect(document.servers?.[0]?.url).toMatch(/^https?:\/\//);
      const operations = operationsOf(document);
      const ids = operations.map(({ operation }) => operation.operationId);
      expect(new Set(ids).size).toBe(operations.length);
      for (const { path, method, operation } of operations) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z0-9]+$/);
        for (const requirement of operation.security ?? [])
          for (const scheme of Object.keys(requirement))
            expect(document.components.securitySchemes, where).toHaveProperty(scheme);
        // A typed success: a JSON schema, a file's media type, or 204 (no body).
        const successes = Object.entries(operation.responses).filter(([status]) => status < '300');
        expect(successes.length, where).toBeGreaterThan(0);
        for (const [status, response] of successes)
          if (status !== '204')
            expect(Object.keys(response.content ?? {}), `${where} ${status}`).not.toEqual([]);
        const errors = Object.entries(operation.responses).filter(
          ([status]) => status >= '400' && status < '500',
        );
        // Health and readiness probes take no input and no credentials: they cannot be refused.
        if (!operation.tags?.includes('health')) expect(errors.length, where).toBeGreaterThan(0);
        for (const [status, response] of errors)
          expect(
            Object.keys(response.content!['application/json'].schema.properties.error.properties),
            `${where} ${status}`,
          ).toEqual(['code', 'message', 'fields']);
      }
    },
  );

  it('declares the session cookie and CSRF header on portal operations, none on public ones', () => {
    const { paths, components } = documents.portal;
    expect(Object.keys(components.securitySchemes).sort()).toEqual(['csrfToken', 'sessionCookie']);
    expect(paths['/api/portal/members/invitations']!.post!.security).toEqual([
      { sessionCookie: [], csrfToken: [] },
    ]);
    expect(paths['/api/portal/dashboard']!.get!.security).toEqual([{ sessionCookie: [] }]);
    expect(paths['/api/portal/auth/login']!.post!.security).toEqual([]);
    expect(paths['/v1/licenses/validate']!.post!.security).toEqual([]);
    expect(Object.keys(documents.vendor.components.securitySchemes)).toEqual(['vendorToken']);
  });

  it('documents the signature headers and an example of every /v1 answer', () => {
    for (const { path, method, operation } of operationsOf(documents.portal)) {
      if (!path.startsWith('/v1/')) continue;
      for (const [status, response] of Object.entries(operation.responses))
        expect(Object.keys(response.headers ?? {}), `${method} ${path} ${status}`).toEqual([
          'date',
          'x-signature',
        ]);
      const success = Object.entries(operation.responses).find(([status]) => status < '300')![1];
      expect(success.content!['application/json'].example, path).toBeDefined();
    }
  });
});
