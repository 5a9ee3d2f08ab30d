import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'docs/decisions';
const records = fs
  .readdirSync(DIR)
  .filter((name) => /^\d{3}-.+\.md$/.test(name))
  .map((name) => {
    // The header: the lines between the title and the first section.
    const header = fs.readFileSync(path.join(DIR, name), 'utf8').split('\n## ')[0]!;
    const field = (label: string) => new RegExp(`^${label}: (.+)$`, 'm').exec(header)?.[1];
    const numbers = (text?: string) => [...(text ?? '').matchAll(/\b(\d{3})\b/g)].map((m) => m[1]);
    return {
      number: name.slice(0, 3),
      date: field('Date'),
      status: field('Status'),
      supersedes: numbers(field('Supersedes')),
      supersededBy: numbers(field('Superseded by')),
    };
  });
const byNumber = new Map(records.map((record) => [record.number, record]));

describe('decision records (docs/decisions)', () => {
  it('each has a Date and a Status', () => {
    const incomplete = records.filter(
      (r) => !/^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') || !r.status,
    );
    expect(incomplete.map((r) => r.number)).toEqual([]);
    expect(records.length).toBeGreaterThan(40);
  });

  it('a record replaced by another says so, and the other names it under Supersedes', () => {
    const unmatched = records.flatMap((r) => [
      ...r.supersededBy
        .filter((n) => !byNumber.get(n)?.supersedes.includes(r.number))
        .map((n) => `${r.number} superseded by ${n}, which does not say Supersedes: ${r.number}`),
      ...r.supersedes
        .filter((n) => !byNumber.get(n)?.supersededBy.includes(r.number))
        .map((n) => `${r.number} supersedes ${n}, which does not say Superseded by: ${r.number}`),
    ]);
    expect(unmatched).toEqual([]);
    expect(byNumber.get('010')).toMatchObject({ supersededBy: expect.arrayContaining(['051']) });
    expect(byNumber.get('010')?.status).toMatch(/superseded/i);
  });
});
