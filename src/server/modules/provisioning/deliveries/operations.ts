import { Type } from 'typebox';
import { MAIL_DELIVERY_STATUSES, VendorMailDeliveryList } from '../../../../common/vendor-api.js';
import { StringEnum } from '../../../../common/schema-kit.js';
import { listMailDeliveries } from '../../../jobs/mail-delivery-queries.js';
import { defineOperation } from '../operation.js';

/** Every email the portal sent or tries to send, with its attempts (decisions 101, 140): what was sent, what is retried, what failed. */
export const deliveryOperations = [
  defineOperation({
    command: 'deliveries list',
    summary:
      'Every email the portal queued (requests and notifications), newest first: sent, pending a retry (with its time and the last error) or failed after 6 attempts or when its link expired',
    route: { method: 'GET', url: '/deliveries' },
    query: Type.Object(
      {
        status: Type.Optional(StringEnum(MAIL_DELIVERY_STATUSES)),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
      },
      { additionalProperties: false },
    ),
    response: VendorMailDeliveryList,
    run: async (ctx, { query }) => ({
      items: (
        await listMailDeliveries(ctx.db, { status: query.status, limit: query.limit ?? 50 })
      ).map((row) => ({
        id: row.id,
        recipient: row.recipient,
        subject: row.subject,
        status: row.status,
        attempts: row.attempts,
        nextAttemptAt: row.next_attempt_at,
        lastError: row.last_error,
        createdAt: row.created_at,
        sentAt: row.sent_at,
      })),
    }),
  }),
];
