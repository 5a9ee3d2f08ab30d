import { DATE_FORMAT, formatInTimeZone } from '../../common/format/date-time.js';
import { releaseChannelLabel } from '../../common/labels.js';
import type { Db } from '../db/database.js';
import { CATCH_UP_MS, type Occasion } from './occasion.js';

/** Releases published lately, for every organization with an active license of the product. */
export async function newReleaseOccasions(db: Db, now: Date): Promise<Occasion[]> {
  const rows = await db
    .selectFrom('releases')
    .innerJoin('products', 'products.id', 'releases.product_id')
    .innerJoin('licenses', 'licenses.product_id', 'releases.product_id')
    .innerJoin('organizations', 'organizations.id', 'licenses.organization_id')
    .select([
      'releases.id',
      'releases.version',
      'releases.channel',
      'releases.published_at',
      'products.name as product',
      'licenses.organization_id',
      'organizations.name as organization',
    ])
    .distinct()
    .where('licenses.status', '=', 'active')
    .where('releases.published_at', '<=', now.toISOString())
    .where('releases.published_at', '>', new Date(now.getTime() - CATCH_UP_MS).toISOString())
    .execute();
  return rows.map((row) => ({
    topic: 'newRelease',
    subjectId: row.id,
    organizationId: row.organization_id,
    describe: (timeZone) => ({
      title: `${row.product} ${row.version} is available`,
      body: `${row.product} ${row.version} (${releaseChannelLabel(row.channel)}) was published on ${formatInTimeZone(row.published_at, timeZone, DATE_FORMAT)}. ${row.organization} owns a license for it: download it from the Downloads page.`,
      link: '/downloads',
    }),
  }));
}
