import {
  VendorInvitationSent,
  VendorOrganization,
  VendorOrganizationPage,
} from '../../../../common/vendor-api.js';
import { Type } from 'typebox';
import { PageQuery } from '../../../http/pagination.js';
import { text } from '../../../http/schema-helpers.js';
import { Email, IdParams } from '../common-schemas.js';
import { defineOperation } from '../operation.js';
import {
  createOrganization,
  getOrganization,
  inviteAdmin,
  listOrganizations,
  updateOrganization,
} from './service.js';

const Slug = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  minLength: 2,
  maxLength: 60,
  description: 'URL name, e.g. northwind-robotics (default: made from the name).',
});
const OrganizationFields = { name: text('The customer’s name.', 120), slug: Type.Optional(Slug) };

export const organizationOperations = [
  defineOperation({
    command: 'org create',
    summary: 'Create an organization (an end customer)',
    route: { method: 'POST', url: '/organizations', status: 201 },
    body: Type.Object(OrganizationFields),
    response: VendorOrganization,
    run: (ctx, { body }, actor) => createOrganization(ctx, body, actor),
  }),
  defineOperation({
    command: 'org list',
    summary: 'List organizations, oldest first',
    route: { method: 'GET', url: '/organizations' },
    query: Type.Object(PageQuery),
    response: VendorOrganizationPage,
    run: (ctx, { query }) => listOrganizations(ctx, query),
  }),
  defineOperation({
    command: 'org get',
    summary: 'Read an organization',
    route: { method: 'GET', url: '/organizations/:id' },
    params: IdParams,
    response: VendorOrganization,
    run: (ctx, { params }) => getOrganization(ctx, params.id),
  }),
  defineOperation({
    command: 'org update',
    summary: 'Rename an organization or change its slug',
    route: { method: 'PATCH', url: '/organizations/:id' },
    params: IdParams,
    body: Type.Partial(Type.Object(OrganizationFields), { minProperties: 1 }),
    response: VendorOrganization,
    run: (ctx, { params, body }, actor) => updateOrganization(ctx, params.id, body, actor),
  }),
  defineOperation({
    command: 'org invite-admin',
    summary:
      'Invite an Admin into an organization; the accept link is emailed (or written to the outbox)',
    route: { method: 'POST', url: '/organizations/:id/invitations', status: 201 },
    params: IdParams,
    body: Type.Object({ email: Email, phone: Type.Optional(text('Phone number, optional.', 40)) }),
    response: VendorInvitationSent,
    run: (ctx, { params, body }, actor) => inviteAdmin(ctx, params.id, body, actor),
  }),
];
