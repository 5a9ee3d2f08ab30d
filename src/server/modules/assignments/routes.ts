import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  AssignLicenseInput,
  AssignmentChanged,
  ChangeAssignmentInput,
  LicenseAssignments,
  SharedSeatsInput,
} from '../../../common/assignments-api.js';
import type { AppContext } from '../../context.js';
import {
  assignLicense,
  changeAssignment,
  licenseAssignments,
  setSharedSeats,
  unassign,
} from './service.js';

const LicenseParams = Type.Object({ licenseId: Type.Integer({ minimum: 1 }) });
const AssignmentParams = Type.Object({
  licenseId: Type.Integer({ minimum: 1 }),
  assignmentId: Type.Integer({ minimum: 1 }),
});
export async function assignmentRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/licenses/:licenseId/assignments', {
    config: { access: 'licenses.view' },
    schema: {
      tags: ['portal'],
      summary: 'Who the seats of a license are assigned to',
      params: LicenseParams,
      response: { 200: LicenseAssignments },
    },
    handler: async (request) => licenseAssignments(ctx, request.actor!, request.params.licenseId),
  });

  app.post('/api/portal/licenses/:licenseId/assignments', {
    config: { access: 'licenses.assign' },
    schema: {
      tags: ['portal'],
      summary:
        'Assign seats to a member, or invite an address that gets them on acceptance (audited, mailed)',
      params: LicenseParams,
      body: AssignLicenseInput,
      response: { 201: AssignmentChanged },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await assignLicense(
            ctx,
            request.actor!,
            request.params.licenseId,
            request.body,
            request.ip,
          ),
        ),
  });

  app.patch('/api/portal/licenses/:licenseId/assignments/:assignmentId', {
    config: { access: 'licenses.assign' },
    schema: {
      tags: ['portal'],
      summary: 'Change the seats of an assignment, or re-assign it to another person',
      params: AssignmentParams,
      body: ChangeAssignmentInput,
      response: { 200: AssignmentChanged },
    },
    handler: async (request) =>
      changeAssignment(
        ctx,
        request.actor!,
        request.params.licenseId,
        request.params.assignmentId,
        request.body,
        request.ip,
      ),
  });

  app.delete('/api/portal/licenses/:licenseId/assignments/:assignmentId', {
    config: { access: 'licenses.assign' },
    schema: {
      tags: ['portal'],
      summary: 'Unassign (activations stay until an Admin ends them)',
      params: AssignmentParams,
      response: { 200: AssignmentChanged },
    },
    handler: async (request) =>
      unassign(
        ctx,
        request.actor!,
        request.params.licenseId,
        request.params.assignmentId,
        request.ip,
      ),
  });

  app.put('/api/portal/licenses/:licenseId/assigned-seats-shared', {
    config: { access: 'licenses.assign' },
    schema: {
      tags: ['portal'],
      summary:
        'Let anyone’s activations use assigned seats (true), or keep them for their assignees (false, the default)',
      params: LicenseParams,
      body: SharedSeatsInput,
      response: { 200: LicenseAssignments },
    },
    handler: async (request) =>
      setSharedSeats(
        ctx,
        request.actor!,
        request.params.licenseId,
        request.body.shared,
        request.ip,
      ),
  });
}
