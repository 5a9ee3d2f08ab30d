import SCIMMY from 'scimmy';
import type { Role } from '../../../common/roles.js';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import * as provisioning from './provisioning-service.js';
import type { ScimCaller, ScimMember } from './provisioning-service.js';

/**
 * scimmy does the protocol (schemas, filters, PatchOp, ListResponse, errors); these handlers
 * map its Users and Groups onto the organization's members and its two roles. scimmy's
 * resource handlers are global, so the organization travels in each call's `ctx`.
 */
export interface ScimRequestContext {
  ctx: AppContext;
  caller: ScimCaller;
}

/** The two groups a SCIM client sees, one per role. */
export const GROUPS: Record<string, { role: Role; displayName: string }> = {
  admins: { role: 'admin', displayName: 'Admins' },
  viewers: { role: 'viewer', displayName: 'Viewers' },
};

/** A domain refusal as the SCIM error scimmy answers with (RFC 7644 §3.12). */
function scimError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const status =
    error.kind === 'not_found'
      ? 404
      : error.kind === 'conflict'
        ? 409
        : error.kind === 'forbidden'
          ? 403
          : 400;
  const scimType =
    error.code === 'uniqueness'
      ? 'uniqueness'
      : error.code === 'mutability'
        ? 'mutability'
        : status === 400
          ? 'invalidValue'
          : null;
  return new SCIMMY.Types.Error(status, scimType as string, error.message);
}

const guarded =
  <A extends unknown[], R>(handler: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await handler(...args);
    } catch (error) {
      throw scimError(error);
    }
  };

const notFound = (id: string | undefined) =>
  new SCIMMY.Types.Error(404, null as unknown as string, `Resource ${id} not found`);

/** A member id from a path or a group's member value; anything else names nobody. */
function memberId(value: unknown): number | undefined {
  const text = String(value ?? '');
  return /^[1-9][0-9]{0,9}$/.test(text) && Number(text) <= 2_147_483_647 ? Number(text) : undefined;
}

function groupOf(role: Role) {
  return Object.entries(GROUPS).find(([, group]) => group.role === role)!;
}

function userResource(member: ScimMember) {
  const [groupId, group] = groupOf(member.role);
  return {
    id: String(member.id),
    ...(member.externalId && { externalId: member.externalId }),
    userName: member.email,
    name: {
      givenName: member.firstName,
      familyName: member.lastName,
      formatted: `${member.firstName} ${member.lastName}`.trim(),
    },
    displayName: `${member.firstName} ${member.lastName}`.trim() || member.email,
    emails: [{ value: member.email, type: 'work', primary: true }],
    active: member.active,
    groups: [{ value: groupId, display: group.displayName, type: 'direct' }],
    meta: { created: new Date(member.createdAt), lastModified: new Date(member.updatedAt) },
  };
}

/** `userName eq "…"`, the lookup Okta and Entra ID send before they create anyone. */
function userNameLookup(filter: unknown): string | undefined {
  if (!Array.isArray(filter) || filter.length !== 1) return undefined;
  const expression = filter[0] as Record<string, unknown>;
  const keys = Object.keys(expression);
  const [operator, value] = (expression[keys[0]!] ?? []) as unknown[];
  return keys.length === 1 &&
    keys[0]!.toLowerCase() === 'username' &&
    operator === 'eq' &&
    typeof value === 'string'
    ? value
    : undefined;
}

async function readUsers(resource: SCIMMY.Resources.User, { ctx, caller }: ScimRequestContext) {
  if (resource.id !== undefined) {
    const id = memberId(resource.id);
    const member =
      id === undefined ? undefined : await provisioning.findScimMember(ctx, caller, id);
    if (!member) throw notFound(resource.id);
    return userResource(member);
  }
  const email = userNameLookup(resource.filter);
  const members = (await provisioning.listScimMembers(ctx, caller, email)).map(userResource);
  return resource.filter && email === undefined ? resource.filter.match(members) : members;
}

type UserInput = {
  userName: string;
  externalId?: string;
  active?: boolean;
  name?: { givenName?: string; familyName?: string; formatted?: string };
  displayName?: string;
};

async function writeUser(
  resource: SCIMMY.Resources.User,
  instance: UserInput,
  { ctx, caller }: ScimRequestContext,
) {
  if (resource.id === undefined) {
    const [given = '', ...family] = (instance.displayName ?? instance.name?.formatted ?? '').split(
      /\s+/,
    );
    const created = await provisioning.createScimMember(ctx, caller, {
      email: instance.userName,
      firstName: instance.name?.givenName ?? given,
      lastName: instance.name?.familyName ?? family.join(' '),
      externalId: instance.externalId ?? null,
      active: instance.active !== false,
    });
    return userResource(created);
  }
  const id = memberId(resource.id);
  const current = id === undefined ? undefined : await provisioning.findScimMember(ctx, caller, id);
  if (!current) throw notFound(resource.id);
  const updated = await provisioning.updateScimMember(ctx, caller, current.id, {
    email: instance.userName,
    externalId: instance.externalId ?? null,
    active: instance.active ?? current.active,
  });
  return userResource(updated);
}

async function deleteUser(resource: SCIMMY.Resources.User, { ctx, caller }: ScimRequestContext) {
  const id = memberId(resource.id);
  if (id === undefined) throw notFound(resource.id);
  await provisioning.deleteScimMember(ctx, caller, id);
}

async function groupResources({ ctx, caller }: ScimRequestContext) {
  const members = (await provisioning.listScimMembers(ctx, caller)).filter((m) => m.active);
  return Object.entries(GROUPS).map(([id, group]) => ({
    id,
    displayName: group.displayName,
    members: members
      .filter((member) => member.role === group.role)
      .map((member) => ({
        value: String(member.id),
        display: `${member.firstName} ${member.lastName}`.trim() || member.email,
        type: 'User',
      })),
    meta: { created: new Date(0), lastModified: new Date(0) },
  }));
}

async function readGroups(resource: SCIMMY.Resources.Group, request: ScimRequestContext) {
  const groups = await groupResources(request);
  if (resource.id !== undefined) {
    const group = groups.find((g) => g.id === resource.id);
    if (!group) throw notFound(resource.id);
    return group;
  }
  return resource.filter ? resource.filter.match(groups) : groups;
}

/** A group's new member list: who joined takes its role; who left Admins becomes a Viewer. */
async function writeGroup(
  resource: SCIMMY.Resources.Group,
  instance: { displayName: string; members?: { value: string }[] },
  request: ScimRequestContext,
) {
  const group = resource.id === undefined ? undefined : GROUPS[resource.id];
  if (!group)
    throw resource.id === undefined &&
      Object.values(GROUPS).some((g) => g.displayName === instance.displayName)
      ? new SCIMMY.Types.Error(
          409,
          'uniqueness',
          `The group ${instance.displayName} exists; look it up by displayName.`,
        )
      : new SCIMMY.Types.Error(
          403,
          null as unknown as string,
          'Only the groups Admins and Viewers exist; they stand for the two roles.',
        );
  const { ctx, caller } = request;
  const before = new Set(
    (await provisioning.listScimMembers(ctx, caller))
      .filter((m) => m.active && m.role === group.role)
      .map((m) => m.id),
  );
  const after = new Set<number>();
  for (const member of instance.members ?? []) {
    const id = memberId(member.value);
    if (id === undefined || !(await provisioning.findScimMember(ctx, caller, id)))
      throw new SCIMMY.Types.Error(400, 'invalidValue', `No user with id ${member.value}.`);
    after.add(id);
  }
  for (const id of after)
    if (!before.has(id)) await provisioning.setScimRole(ctx, caller, id, group.role);
  if (group.role === 'admin')
    for (const id of before)
      if (!after.has(id)) await provisioning.setScimRole(ctx, caller, id, 'viewer');
  return (await groupResources(request)).find((g) => g.id === resource.id)!;
}

/**
 * Entra ID sends `active` as the string "True" or "False" in PATCH operations (unless the
 * app opts into its compliant mode); read them as the booleans they mean.
 */
export function withBooleanActive(body: unknown): unknown {
  const operations = (body as { Operations?: unknown } | null)?.Operations;
  if (!Array.isArray(operations)) return body;
  const flag = (value: unknown) =>
    typeof value === 'string' && /^(true|false)$/i.test(value)
      ? value.toLowerCase() === 'true'
      : value;
  return {
    ...(body as object),
    Operations: operations.map((operation: unknown) => {
      if (operation === null || typeof operation !== 'object') return operation;
      const op = operation as { path?: unknown; value?: unknown };
      if (typeof op.path === 'string' && op.path.toLowerCase() === 'active')
        return { ...op, value: flag(op.value) };
      if (op.path === undefined && op.value && typeof op.value === 'object' && 'active' in op.value)
        return {
          ...op,
          value: { ...op.value, active: flag((op.value as { active: unknown }).active) },
        };
      return op;
    }),
  };
}

let declared = false;

/** Declares the resources and the service's capabilities once per process. */
export function declareScimResources(): void {
  if (declared) return;
  declared = true;
  SCIMMY.Config.set({
    patch: true,
    filter: true,
    bulk: false,
    changePassword: false,
    sort: false,
    etag: false,
    documentationUri: 'https://github.com/ (docs/sso.md of this portal)',
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'SCIM token',
        description: 'A token an organization Admin creates in Settings › Single sign-on.',
      },
    ],
  });
  SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .egress(guarded(readUsers) as never)
    .ingress(guarded(writeUser) as never)
    .degress(guarded(deleteUser) as never);
  SCIMMY.Resources.declare(SCIMMY.Resources.Group)
    .egress(guarded(readGroups) as never)
    .ingress(guarded(writeGroup) as never)
    .degress(async () => {
      throw new SCIMMY.Types.Error(
        403,
        null as unknown as string,
        'The groups Admins and Viewers cannot be deleted.',
      );
    });
}
