import { DATE_FORMAT, formatInTimeZone } from '../../common/format/date-time.js';
import { releaseChannelLabel } from '../../common/labels.js';
import type { Db } from '../db/database.js';
import type { Occasion } from './occasion.js';
import { recentReleaseRows } from './occasion-queries.js';

/** Releases published lately, for every organization with an active license of the product. */
export async function newReleaseOccasions(db: Db, now: Date): Promise<Occasion[]> {
  const rows = await recentReleaseRows(db, now);
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
