import { ROLE_LABELS } from '../../../common/roles.js';
import {
  EMAIL_DOMAIN_PATTERN,
  type SsoSettings,
  type SsoSettingsInput,
  type SsoTestInput,
  type SsoTestResult,
} from '../../../common/sso-api.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { lockOrganization } from '../../db/lock-queries.js';
import { inTransaction } from '../../db/transaction.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { testConnection } from './connection-test.js';
import { openClientSecret, redirectUriOf, sealClientSecret } from './oidc.js';
import * as queries from './queries.js';

const domainPattern = new RegExp(EMAIL_DOMAIN_PATTERN);

/** "@Northwind.Example " → "northwind.example"; refuses what is not a domain name. */
function normalizedDomains(domains: string[]): string[] {
  const unique = [...new Set(domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')))];
  const wrong = unique.find((domain) => !domainPattern.test(domain));
  if (wrong !== undefined)
    throw badRequest(`“${wrong}” is not an email domain such as example.com.`, {
      allowedDomains: 'Enter domains such as example.com, one per line.',
    });
  return unique;
}

export async function getSsoSettings(ctx: AppContext, actor: Actor): Promise<SsoSettings> {
  const organization = await queries.findOrganization(ctx.db, actor.organizationId);
  const connection = await queries.findConnection(ctx.db, actor.organizationId);
  return {
    configured: connection !== undefined,
    issuerUrl: connection?.issuer_url ?? null,
    clientId: connection?.client_id ?? null,
    hasClientSecret: connection !== undefined,
    allowedDomains: await queries.listDomains(ctx.db, actor.organizationId),
    defaultRole: connection?.default_role ?? 'viewer',
    ssoRequired: connection?.sso_required === 1,
    signInUrl: `${ctx.config.publicUrl}/sso/${organization.slug}`,
    redirectUri: redirectUriOf(ctx),
    scimBaseUrl: `${ctx.config.publicUrl}/scim/v2`,
    updatedAt: connection?.updated_at ?? null,
  };
}

/** Saves the connection; the secret may be left out to keep the stored one. Audited with what changed, never the secret. */
export async function saveSsoSettings(
  ctx: AppContext,
  actor: Actor,
  input: SsoSettingsInput,
  ip: string | null,
): Promise<SsoSettings> {
  const domains = normalizedDomains(input.allowedDomains);
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await lockOrganization(trx, actor.organizationId);
    const before = await queries.findConnection(trx, actor.organizationId);
    if (!before && input.clientSecret === undefined)
      throw badRequest('Enter the client secret.', { clientSecret: 'Required the first time.' });
    for (const domain of domains)
      if ((await queries.domainOwner(trx, actor.organizationId, domain)) !== undefined)
        throw conflict(
          'domain_taken',
          `The domain ${domain} already signs in to another organization. Ask the vendor if it is yours.`,
        );
    const beforeDomains = await queries.listDomains(trx, actor.organizationId);
    await queries.upsertConnection(
      trx,
      actor.organizationId,
      {
        issuer_url: input.issuerUrl,
        client_id: input.clientId,
        client_secret_sealed:
          input.clientSecret !== undefined
            ? sealClientSecret(ctx, input.clientSecret)
            : before!.client_secret_sealed,
        default_role: input.defaultRole,
        sso_required: input.ssoRequired ? 1 : 0,
        updated_by_user_id: actor.userId,
        updated_at: now,
      },
      now,
    );
    await queries.replaceDomains(trx, actor.organizationId, domains);
    const changes = {
      issuerUrl: before?.issuer_url !== input.issuerUrl,
      clientId: before?.client_id !== input.clientId,
      clientSecret: input.clientSecret !== undefined,
      allowedDomains: beforeDomains.join(',') !== [...domains].sort().join(','),
      defaultRole: before?.default_role !== input.defaultRole,
      ssoRequired: (before?.sso_required === 1) !== input.ssoRequired,
    };
    const changed = Object.entries(changes)
      .filter(([, yes]) => yes)
      .map(([name]) => name);
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'settings',
      action: before ? 'sso.settings_changed' : 'sso.configured',
      message: before
        ? `${actor.label} changed the single sign-on settings${changes.ssoRequired ? (input.ssoRequired ? ' and required single sign-on' : ' and allowed password sign-in again') : ''}`
        : `${actor.label} set up single sign-on with ${new URL(input.issuerUrl).host}${input.ssoRequired ? ' (required)' : ''}`,
      actor,
      ip,
      target: { type: 'sso_connection', id: actor.organizationId },
      metadata: {
        changed,
        issuerUrl: input.issuerUrl,
        clientId: input.clientId,
        allowedDomains: domains,
        defaultRole: ROLE_LABELS[input.defaultRole],
        ssoRequired: input.ssoRequired,
      },
      at: ctx.now(),
    });
  });
  return getSsoSettings(ctx, actor);
}

export async function removeSsoSettings(
  ctx: AppContext,
  actor: Actor,
  ip: string | null,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    await lockOrganization(trx, actor.organizationId);
    const before = await queries.findConnection(trx, actor.organizationId);
    if (!before) throw notFound('single sign-on connection');
    await queries.deleteConnection(trx, actor.organizationId);
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'settings',
      action: 'sso.removed',
      message: `${actor.label} turned single sign-on off`,
      actor,
      ip,
      target: { type: 'sso_connection', id: actor.organizationId },
      metadata: { issuerUrl: before.issuer_url },
      at: ctx.now(),
    });
  });
}

/** Tests the entered connection; without a secret, the stored one (for the same client ID). */
export async function testSsoConnection(
  ctx: AppContext,
  actor: Actor,
  input: SsoTestInput,
): Promise<SsoTestResult> {
  let secret = input.clientSecret;
  if (secret === undefined) {
    const stored = await queries.findConnection(ctx.db, actor.organizationId);
    if (stored && stored.client_id === input.clientId)
      secret = openClientSecret(ctx, stored.client_secret_sealed);
  }
  return testConnection(ctx, { ...input, clientSecret: secret });
}
