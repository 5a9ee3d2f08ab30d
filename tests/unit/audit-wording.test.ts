import { describe, expect, it } from 'vitest';
import { auditSentence } from '../../src/server/i18n/audit-wording.js';
import type { MessageTree } from '../../src/server/i18n/resources/en.js';
import { SERVER_MESSAGES, translator } from '../../src/server/i18n/translate.js';

const en = translator('en');
const de = translator('de');
const ja = translator('ja');

/** Every English audit sentence: its action ("member.removed"), template, and a count it takes. */
function sentences(): { action: string; template: string; count: number }[] {
  const found: { action: string; template: string; count: number }[] = [];
  const walk = (node: string | MessageTree, action: string, key: string) => {
    if (typeof node === 'string')
      found.push({ action, template: node, count: key.endsWith('_one') ? 1 : 2 });
    else for (const [name, child] of Object.entries(node)) walk(child, action, name);
  };
  for (const [group, actions] of Object.entries(SERVER_MESSAGES.en.auditEvent as MessageTree))
    for (const [name, node] of Object.entries(actions as MessageTree))
      walk(node, `${group}.${name.replace(/_(one|other)$/, '')}`, name);
  return found;
}

describe('audit sentences in the reader’s language (decision 139)', () => {
  it('reads the stored English back and says it in German and Japanese', () => {
    const message = 'Alice Admin changed the role of Victor Viewer from Viewer to Admin';
    expect(auditSentence(en, 'member.role_changed', message)).toBe(message);
    expect(auditSentence(de, 'member.role_changed', message)).toBe(
      'Alice Admin hat die Rolle von Victor Viewer von Betrachter zu Admin geändert',
    );
    expect(auditSentence(ja, 'member.role_changed', message)).toBe(
      'Alice Admin が Victor Viewer のロールを 閲覧者 から 管理者 に変更しました',
    );
  });

  it('chooses the variant and the plural form the message has', () => {
    expect(auditSentence(de, 'member.removed', 'Alice Admin left the organization')).toBe(
      'Alice Admin hat die Organisation verlassen',
    );
    const one = 'Alice Admin activated 1 seat of Atlas CAD on build-01';
    const three = 'Alice Admin activated 3 seats of Atlas CAD on build-01';
    expect(auditSentence(de, 'activation.created', one)).toBe(
      'Alice Admin hat 1 Platz von Atlas CAD auf build-01 aktiviert',
    );
    expect(auditSentence(de, 'activation.created', three)).toBe(
      'Alice Admin hat 3 Plätze von Atlas CAD auf build-01 aktiviert',
    );
    expect(auditSentence(de, 'activation.created', 'Bob activated 2 seats on ws-7')).toBe(
      'Bob hat 2 Plätze auf ws-7 aktiviert',
    );
  });

  it('keeps a message no sentence matches, and an unknown action, as stored', () => {
    expect(auditSentence(de, 'member.removed', 'Something else happened')).toBe(
      'Something else happened',
    );
    expect(auditSentence(de, 'vendor.custom', 'Vendor did a thing')).toBe('Vendor did a thing');
  });

  it('reads every English sentence back to itself', () => {
    const all = sentences();
    expect(all.length).toBeGreaterThan(40);
    for (const { action, template, count } of all) {
      const message = template
        .replaceAll('{{count}}', String(count))
        .replace(/\{\{(\w+)\}\}/g, (_, name: string) => `<${name} x>`);
      expect(auditSentence(en, action, message), `${action}: ${template}`).toBe(message);
    }
  });
});
