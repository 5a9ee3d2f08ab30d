import { describe, expect, it } from 'vitest';
import { generateSecrets } from '../../src/server/crypto/secrets.js';
import {
  readUnsubscribeToken,
  unsubscribeToken,
} from '../../src/server/modules/notifications/unsubscribe-token.js';

describe('unsubscribe tokens', () => {
  const secrets = generateSecrets();

  it('name the member and topic they were made for', () => {
    const token = unsubscribeToken(secrets, 42, 'newRelease');
    expect(token).toMatch(/^42\.newRelease\.[\w-]{43}$/);
    expect(readUnsubscribeToken(secrets, token)).toEqual({ userId: 42, topic: 'newRelease' });
  });

  it('refuse another member, another topic, another server, a changed signature and junk', () => {
    const token = unsubscribeToken(secrets, 42, 'newRelease');
    const signature = token.split('.')[2];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    for (const forged of [
      `43.newRelease.${signature}`,
      `42.seatsOver90.${signature}`,
      `42.newRelease.${flipped}`,
      `042.newRelease.${signature}`,
      `42.coffee.${signature}`,
      '42.newRelease',
      '',
      `${'9'.repeat(12)}.newRelease.${signature}`,
    ])
      expect(readUnsubscribeToken(secrets, forged), forged).toBeNull();
    expect(readUnsubscribeToken(generateSecrets(), token)).toBeNull();
  });
});
