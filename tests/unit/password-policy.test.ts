import { describe, expect, it } from 'vitest';
import { passwordWeakness } from '../../src/server/auth/password-policy.js';

const alice = { email: 'alice.moreau@northwind.example', firstName: 'Alice', lastName: 'Moreau' };
const weakness = (password: string) => passwordWeakness(password, alice);

describe('password rules', () => {
  it('accepts long, unremarkable passphrases', () => {
    for (const password of [
      'violet-harbour-lantern-42',
      'correct horse battery staple',
      'Tq8#mW2z!pL5vR',
    ]) {
      expect(weakness(password), password).toBeNull();
    }
  });

  it('asks for at least 12 and at most 256 characters', () => {
    expect(weakness('Tq8#mW2z!pL')).toMatch(/at least 12/);
    expect(weakness('x7'.repeat(129))).toMatch(/at most 256/);
  });

  it('rejects breached passwords however they are dressed up', () => {
    for (const password of [
      'password1234',
      'P@ssw0rd2024!',
      'Qwertyuiop123',
      'LETMEIN123456',
      'iloveyouiloveyou',
      '!!Sunshine2025',
      '4dmin1strator',
    ]) {
      expect(weakness(password), password).toMatch(/breached/);
    }
  });

  it('rejects repeated characters, short repeated units and runs', () => {
    for (const password of [
      'aaaaaaaaaaaaaa',
      'abababababab',
      'xyzxyzxyzxyz',
      'abcdefghijklmn',
      '789012345678',
      '9876543210987',
    ]) {
      expect(weakness(password), password).toMatch(/repeated characters and sequences/);
    }
  });

  it('rejects passwords built from the member’s name or email address', () => {
    for (const password of ['alicemoreau2026', 'Moreau!Moreau!12', 'alice.moreau#1234']) {
      expect(weakness(password), password).toMatch(/name or email/);
    }
    expect(weakness('alice-likes-quiet-harbours')).toBeNull();
  });
});
