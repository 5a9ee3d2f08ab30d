import type { NotificationTopic } from '../../common/preferences.js';
import type { Translate } from '../i18n/translate.js';
import type { Recipient } from '../modules/notifications/notice.js';

/** Where the subject is heading (a seat forecast), worded in each recipient's language. */
export type Outlook = (t: Translate) => string;

/** Something the scheduled job tells the members of one organization about, once per member. */
export interface Occasion {
  topic: NotificationTopic;
  /** The license, activation or release it is about; with topic and member, the delivery's unique key. */
  subjectId: number;
  organizationId: number;
  /**
   * Title, text and portal link for a member, in their language, with dates in their time
   * zone; `outlook` is what `outlook()` found, added to the text.
   */
  describe: (
    recipient: Recipient,
    outlook?: Outlook,
  ) => { title: string; body: string; link: string };
  /** Where the subject is heading (a seat forecast), read once per run before delivering. */
  outlook?: () => Promise<Outlook | undefined>;
}

export const DAY_MS = 86_400_000;
/** How far back the job still reports what it missed while no process ran it. */
export const CATCH_UP_MS = 2 * DAY_MS;
