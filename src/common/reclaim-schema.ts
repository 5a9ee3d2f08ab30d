import { Type, type Static } from 'typebox';
import { MAX_DEACTIVATE_AT_ONCE } from './activations-api.js';

const NotSeenForDays = Type.Integer({
  minimum: 1,
  maximum: 3650,
  description: 'Not seen (last heartbeat, else activation) for this many days',
});

/** Seat reclaim, step 1: which live activations would be freed (decision 078). */
export const ReclaimPreviewQuery = Type.Object(
  { notSeenForDays: NotSeenForDays },
  { additionalProperties: false },
);

export const ReclaimCandidate = Type.Object({
  id: Type.Integer(),
  /** The machine's name, else its host name, else its identifier. */
  name: Type.String(),
  productName: Type.String(),
  lastSeenAt: Type.String({ description: 'Last heartbeat, else activation time (UTC)' }),
  quantity: Type.Integer(),
});
export type ReclaimCandidate = Static<typeof ReclaimCandidate>;

export const ReclaimPreview = Type.Object({
  /** Every activation the reclaim would free. */
  total: Type.Integer(),
  /** Seats they hold. */
  seats: Type.Integer(),
  /** The first MAX_RECLAIM_PREVIEW of them, seen longest ago first: the ones the dialog frees. */
  candidates: Type.Array(ReclaimCandidate),
});
export type ReclaimPreview = Static<typeof ReclaimPreview>;

/** Step 2, one batch at a time: free exactly these (each still unseen for the days), or skip those seen since. */
export const ReclaimRequest = Type.Object(
  {
    notSeenForDays: NotSeenForDays,
    activationIds: Type.Array(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), {
      minItems: 1,
      maxItems: MAX_DEACTIVATE_AT_ONCE,
    }),
  },
  { additionalProperties: false },
);
export type ReclaimRequest = Static<typeof ReclaimRequest>;

export const ReclaimResult = Type.Object({
  deactivated: Type.Integer(),
  /** Listed in the preview, but seen since, already deactivated, or not the organization's: left alone. */
  skipped: Type.Integer(),
});
export type ReclaimResult = Static<typeof ReclaimResult>;
