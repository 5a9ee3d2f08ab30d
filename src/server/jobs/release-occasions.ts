import { releaseChannelLabel } from '../../common/labels.js';
import type { Db } from '../db/database.js';
import { mailDate } from '../i18n/dates.js';
import type { Translate } from '../i18n/translate.js';
import type { Occasion } from './occasion.js';
import { recentReleaseRows } from './occasion-queries.js';

/** Stable and beta in the member's language; another channel as its code reads. */
function channelLabel(t: Translate, channel: string): string {
  const code = channel.toLowerCase();
  if (code === 'stable' || code === 'beta') return t(`labels.channel.${code}`);
  return releaseChannelLabel(channel);
}

/** Releases published lately, for every organization with an active license of the product. */
export async function newReleaseOccasions(db: Db, now: Date): Promise<Occasion[]> {
  const rows = await recentReleaseRows(db, now);
  return rows.map((row) => ({
    topic: 'newRelease',
    subjectId: row.id,
    organizationId: row.organization_id,
    describe: ({ t, language, preferences }) => {
      const values = {
        product: row.product,
        version: row.version,
        channel: channelLabel(t, row.channel),
        date: mailDate(row.published_at, language, preferences.timezone),
        organization: row.organization,
      };
      return {
        title: t('notice.newRelease.title', values),
        body: t('notice.newRelease.body', values),
        link: '/downloads',
      };
    },
  }));
}
