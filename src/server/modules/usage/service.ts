import { entitlementExpiry, expiringSoonCutoff } from '../../../common/license-status.js';
import {
  USAGE_RANGE_DAYS,
  type UsageOutlook,
  type UsageRange,
  type UsageSeries,
} from '../../../common/usage-api.js';
import { FORECAST_FIT_DAYS, forecastSeats } from '../../../common/usage-forecast.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/database.js';
import { notFound } from '../../errors.js';
import * as queries from './usage-queries.js';
import type { DayEvents, UsageScope } from './usage-queries.js';
import { historyOf, type History } from './usage-history.js';
import { lastDays, peakOf, sweepSeats, weeklyCounts } from './usage-series.js';

const DAY_MS = 86_400_000;
/** Entitlements the Dashboard's outlook lists as expiring with seats in use. */
const EXPIRING_LISTED = 5;

/** The history of one product of a scope (or of all of them). */
function narrow(history: History, productId?: number): History {
  if (productId === undefined) return history;
  const only = (events: DayEvents[]) => events.filter((e) => e.product_id === productId);
  return {
    activations: only(history.activations),
    deactivations: only(history.deactivations),
    lapses: only(history.lapses),
    seats: history.seats.filter((s) => s.productId === productId),
  };
}

/** Seats in use per day, the weeks, the peak and the forecast of one scope's history. */
function seriesFrom(history: History, days: string[]) {
  const lapsed = history.lapses.reduce((sum, e) => sum + e.seats, 0);
  const seatsNow = history.seats.reduce((sum, s) => sum + s.openSeats, 0) - lapsed;
  const purchasedSeats = history.seats.reduce((sum, s) => sum + s.purchased, 0);
  const daily = sweepSeats({ days, seatsNow, ...history });
  return {
    daily,
    purchasedSeats,
    seatsInUse: Math.max(0, seatsNow),
    forecast: forecastSeats(
      daily.map((d) => d.seats),
      purchasedSeats,
      days.at(-1)!,
    ),
  };
}

/** A scope's series over the range, and the names of the products it holds licenses of. */
async function usageOf(
  ctx: AppContext,
  actor: Actor,
  scope: UsageScope,
  range: UsageRange,
): Promise<{ series: Omit<UsageSeries, 'name' | 'expiry'>; productNames: string[] }> {
  const now = ctx.now();
  const days = lastDays(now, Math.max(USAGE_RANGE_DAYS[range], FORECAST_FIT_DAYS));
  const history = await historyOf(ctx.db, actor.organizationId, scope, days, now);
  const { daily, purchasedSeats, seatsInUse, forecast } = seriesFrom(history, days);
  const shown = daily.slice(-USAGE_RANGE_DAYS[range]);
  const series = {
    range,
    purchasedSeats,
    seatsInUse,
    peak: peakOf(shown),
    days: shown,
    weeks: weeklyCounts(
      shown.map((d) => d.date),
      history.activations,
      history.deactivations,
    ),
    forecast,
  };
  return { series, productNames: history.seats.map((s) => s.name) };
}

export async function organizationUsage(
  ctx: AppContext,
  actor: Actor,
  range: UsageRange,
): Promise<UsageSeries> {
  const { series } = await usageOf(ctx, actor, { kind: 'organization' }, range);
  return { ...series, name: 'All products', expiry: null };
}

export async function productUsage(
  ctx: AppContext,
  actor: Actor,
  productId: number,
  range: UsageRange,
): Promise<UsageSeries> {
  const { series, productNames } = await usageOf(ctx, actor, { kind: 'product', productId }, range);
  // A product the organization holds no license of is not its to see.
  if (productNames.length === 0) throw notFound('product');
  return { ...series, name: productNames[0]!, expiry: null };
}

/** Days until an instant, rounded as the Dashboard's Upcoming Expirations rounds them. */
const daysUntil = (instant: string, now: Date) =>
  Math.max(0, Math.round((Date.parse(instant) - now.getTime()) / DAY_MS));

export async function entitlementUsage(
  ctx: AppContext,
  actor: Actor,
  entitlementId: number,
  range: UsageRange,
): Promise<UsageSeries> {
  const entitlement = await queries.entitlementLicenses(
    ctx.db,
    actor.organizationId,
    entitlementId,
  );
  if (!entitlement) throw notFound('entitlement');
  const licenseIds = entitlement.licenses.map((l) => l.id);
  const { series } = await usageOf(ctx, actor, { kind: 'licenses', licenseIds }, range);
  const now = ctx.now();
  const expiresAt = entitlementExpiry(entitlement.licenses.map((l) => l.expires_at));
  const expiring =
    expiresAt !== null && expiresAt > now.toISOString() && expiresAt <= expiringSoonCutoff(now);
  return {
    ...series,
    name: entitlement.publicId,
    expiry: expiring ? { expiresAt, daysLeft: daysUntil(expiresAt, now) } : null,
  };
}

/**
 * The Dashboard's outlook: each product's forecast from one pass over the organization's last
 * 30 days, and the entitlements expiring within 30 days that have seats in use.
 */
export async function usageOutlook(ctx: AppContext, actor: Actor): Promise<UsageOutlook> {
  const org = actor.organizationId;
  const now = ctx.now();
  const days = lastDays(now, FORECAST_FIT_DAYS);
  const [history, expiring] = await Promise.all([
    historyOf(ctx.db, org, { kind: 'organization' }, days, now),
    queries.entitlementsExpiringBetween(
      ctx.db,
      org,
      now.toISOString(),
      expiringSoonCutoff(now),
      EXPIRING_LISTED,
    ),
  ]);
  const products = history.seats.map((product) => {
    const { seatsInUse, purchasedSeats, forecast } = seriesFrom(
      narrow(history, product.productId),
      days,
    );
    return {
      productId: product.productId,
      productName: product.name,
      seatsInUse,
      purchasedSeats,
      forecast,
    };
  });
  const soonest = (p: (typeof products)[number]) => p.forecast.daysLeft ?? Number.POSITIVE_INFINITY;
  products.sort((a, b) => soonest(a) - soonest(b) || a.productName.localeCompare(b.productName));
  const expiringInUse = await Promise.all(
    expiring.map(async (e) => {
      const licenseIds = await licenseIdsOf(ctx.db, org, e.entitlementId);
      const held = await seatsNowOf(ctx.db, org, { kind: 'licenses', licenseIds }, now);
      return {
        entitlementId: e.entitlementId,
        entitlementPublicId: e.publicId,
        expiresAt: e.expiresAt,
        daysLeft: daysUntil(e.expiresAt, now),
        ...held,
      };
    }),
  );
  return { products, expiring: expiringInUse.filter((e) => e.seatsInUse > 0) };
}

async function licenseIdsOf(db: Db, organizationId: number, entitlementId: number) {
  const entitlement = await queries.entitlementLicenses(db, organizationId, entitlementId);
  return entitlement?.licenses.map((l) => l.id) ?? [];
}

/** Seats in use now and purchased seats of a scope, without its history. */
async function seatsNowOf(db: Db, organizationId: number, scope: UsageScope, now: Date) {
  const nowIso = now.toISOString();
  const [lapses, seats] = await Promise.all([
    queries.lapsesPerDay(db, organizationId, scope, nowIso),
    queries.seatsPerProduct(db, organizationId, scope, nowIso),
  ]);
  const lapsed = lapses.reduce((sum, e) => sum + e.seats, 0);
  return {
    seatsInUse: Math.max(0, seats.reduce((sum, s) => sum + s.openSeats, 0) - lapsed),
    purchasedSeats: seats.reduce((sum, s) => sum + s.purchased, 0),
  };
}

/**
 * The seat forecast of one license, for the notification job (organization id first, as
 * every query of the portal): the trend of its last 30 days.
 */
export async function licenseForecast(
  db: Db,
  organizationId: number,
  licenseId: number,
  now: Date,
) {
  const days = lastDays(now, FORECAST_FIT_DAYS);
  const history = await historyOf(
    db,
    organizationId,
    { kind: 'licenses', licenseIds: [licenseId] },
    days,
    now,
  );
  return seriesFrom(history, days);
}
