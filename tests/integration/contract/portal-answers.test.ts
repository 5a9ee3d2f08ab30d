import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccountPayload,
  NotificationsPayload,
  SessionList,
} from '../../../src/common/account-api.js';
import { ActivationPage, ActivationProducts } from '../../../src/common/activations-api.js';
import { DashboardPayload, SessionPayload } from '../../../src/common/api-types.js';
import { AuditActors, AuditEventPage } from '../../../src/common/audit-api.js';
import { DownloadFilterOptions, DownloadReleasePage } from '../../../src/common/downloads-api.js';
import { LicenseKeyPage } from '../../../src/common/license-keys-schema.js';
import { FeatureChoices, LicenseProductPage } from '../../../src/common/licenses-api.js';
import { EntitlementLinePage } from '../../../src/common/licenses-schema.js';
import { InvitationPage, MemberPage } from '../../../src/common/members-api.js';
import { SupportRequestContext } from '../../../src/common/support-api.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

/**
 * Each answer is exactly its schema of src/common (decision 134): the fields it lists, of the
 * types it states, enums included; the web app's types are `Static<>` of the same schemas.
 */
const ANSWERS: [string, TSchema][] = [
  ['/api/portal/session', SessionPayload],
  ['/api/portal/dashboard', DashboardPayload],
  ['/api/portal/licenses/products', LicenseProductPage],
  ['/api/portal/licenses/entitlements', EntitlementLinePage],
  ['/api/portal/licenses/keys', LicenseKeyPage],
  ['/api/portal/licenses/features', FeatureChoices],
  ['/api/portal/activations', ActivationPage],
  ['/api/portal/activations/products', ActivationProducts],
  ['/api/portal/downloads/filters', DownloadFilterOptions],
  ['/api/portal/downloads/releases', DownloadReleasePage],
  ['/api/portal/members', MemberPage],
  ['/api/portal/members/invitations', InvitationPage],
  ['/api/portal/audit-events', AuditEventPage],
  ['/api/portal/audit-events/users', AuditActors],
  ['/api/portal/account', AccountPayload],
  ['/api/portal/account/sessions', SessionList],
  ['/api/portal/notifications', NotificationsPayload],
  ['/api/portal/support', SupportRequestContext],
];

describe.each(await availableDialects())('portal answers match their schemas on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let viewer: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn(NORTHWIND_ADMIN);
    viewer = await t.signIn(NORTHWIND_VIEWER);
  });
  afterAll(() => t.close());

  it.each(ANSWERS)('GET %s', async (url, schema) => {
    const response = await admin.get(url);
    expect(response.statusCode, response.body).toBe(200);
    const body: unknown = response.json();
    expect([...Value.Errors(schema, body)].map((e) => `${e.instancePath} ${e.message}`)).toEqual(
      [],
    );
    // Nothing beyond the schema: cleaning against it changes nothing.
    expect(Value.Clean(schema, Value.Clone(body))).toEqual(body);
  });

  it('answers a Viewer without the member count, as the schema allows', async () => {
    const dashboard = (await viewer.get('/api/portal/dashboard')).json();
    expect(Value.Check(DashboardPayload, dashboard)).toBe(true);
    expect(dashboard.kpis).not.toHaveProperty('totalMembers');
  });
});
