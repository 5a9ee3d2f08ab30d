import type { MessageTree } from './resources/en.js';
import { SERVER_MESSAGES, type MessageKey, type Translate } from './translate.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

interface Pattern {
  key: MessageKey;
  regex: RegExp;
}

/** `{{actor}} signed out {{count}} other sessions` → /^(?<actor>.+?) signed out (?<count>\d+) other sessions$/ */
function patternOf(template: string): RegExp {
  const source = template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return name === 'count' ? '(?<count>\\d+)' : `(?<${name}>.+?)`;
    })
    .join('');
  return new RegExp(`^${source}$`, 's');
}

/** Every English sentence under `node` (an action's text, its plural forms, or its variants), in order. */
function patternsUnder(node: string | MessageTree, key: string): Pattern[] {
  if (typeof node === 'string')
    return [{ key: key.replace(PLURAL, '') as MessageKey, regex: patternOf(node) }];
  return Object.entries(node).flatMap(([name, child]) => patternsUnder(child, `${key}.${name}`));
}

/** The patterns of one action ("member.removed"), read once from the English resources. */
const patterns = new Map<string, Pattern[]>();
function patternsOf(action: string): Pattern[] {
  let found = patterns.get(action);
  if (!found) {
    const [group, name] = action.split('.', 2);
    const tree = (SERVER_MESSAGES.en.auditEvent as MessageTree)[group ?? ''];
    const entries =
      tree && typeof tree !== 'string' && name
        ? Object.entries(tree).filter(([key]) => key.replace(PLURAL, '') === name)
        : [];
    found = entries.flatMap(([key, node]) => patternsUnder(node, `auditEvent.${group}.${key}`));
    patterns.set(action, found);
  }
  return found;
}

/** A role the sentence names ("as Viewer") in the reader's words, as the portal labels it. */
function roleIn(t: Translate, value: string): string {
  if (value === 'Admin') return t('labels.role.admin');
  if (value === 'Viewer') return t('labels.role.viewer');
  return value;
}

/**
 * An audit event's sentence in the reader's language (decision 139). The stored English
 * message is the record (it is hash-chained and searched); its names, numbers and places are
 * read back through the English sentence of its action and put into the translation. A
 * message no sentence matches (an older wording, a vendor's own) stays as stored.
 */
export function auditSentence(t: Translate, action: string, message: string): string {
  for (const { key, regex } of patternsOf(action)) {
    const values = regex.exec(message)?.groups;
    if (!values) continue;
    const { count, ...names } = values;
    for (const [name, value] of Object.entries(names)) names[name] = roleIn(t, value);
    return t(key, count === undefined ? names : { ...names, count: Number(count) });
  }
  return message;
}
