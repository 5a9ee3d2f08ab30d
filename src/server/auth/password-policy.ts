import { readFileSync } from 'node:fs';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../common/password-rules.js';

const BREACHED = new Set(
  readFileSync(new URL('./breached-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** What remains of a password once its characters are folded: lower case, leetspeak undone. */
const fold = (password: string) => password.toLowerCase().replace(/[013457@$!]/g, (c) => LEET[c]);
/** Padding people add to a word to pass rules: digits and symbols at either end. */
const unpad = (password: string) => password.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
/** "abcabcabc" → "abc". */
const unrepeat = (text: string) => /^(.+?)\1+$/.exec(text)?.[1] ?? text;

function isBreached(password: string): boolean {
  const lower = password.toLowerCase();
  const candidates = [
    lower,
    fold(lower),
    unpad(lower),
    fold(unpad(lower)),
    unpad(fold(lower.replace(/[^a-z]+$/, ''))),
  ];
  return candidates.some((c) => BREACHED.has(c) || BREACHED.has(unrepeat(c)));
}

/** Distance from one character to the next; digits wrap, so "7890123" is a run too. */
function step(from: string, to: string): number {
  const distance = to.charCodeAt(0) - from.charCodeAt(0);
  return /\d/.test(from) && /\d/.test(to) ? ((distance + 15) % 10) - 5 : distance;
}

/** Few distinct characters, a short unit repeated, or a run such as "abcdef…" or "98765…". */
function isPattern(password: string): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5 || unrepeat(lower).length <= 4) return true;
  const steps = new Set([...lower].slice(1).map((c, i) => step(lower[i], c)));
  return steps.size === 1 && Math.abs([...steps][0]) === 1;
}

export interface PasswordOwner {
  email: string;
  firstName: string;
  lastName: string;
}

/** Personal words that add little: the password is too short without them. */
function leansOnPersonalWords(password: string, owner: PasswordOwner): boolean {
  const folded = fold(password);
  const words = [owner.email.split('@')[0], owner.firstName, owner.lastName]
    .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter((w) => w.length >= 4);
  if (!words.some((word) => folded.includes(word))) return false;
  const rest = words.reduce((text, word) => text.replaceAll(word, ''), folded);
  return rest.replace(/[^a-z]/g, '').length < 8;
}

/** Why a new password is not acceptable, or null when it is. */
export function passwordWeakness(password: string, owner: PasswordOwner): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (isBreached(password))
    return 'This password is in lists of common or breached passwords. Choose another.';
  if (isPattern(password))
    return 'Avoid repeated characters and sequences such as "aaaa" or "1234".';
  if (leansOnPersonalWords(password, owner))
    return 'Do not build your password from your name or email address.';
  return null;
}
