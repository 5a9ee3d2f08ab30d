import { describe, expect, it } from 'vitest';
import { normalizeIdentifier } from '../../src/server/licensing/identifiers.js';
import {
  HEARTBEAT_GRACE_SECONDS,
  heartbeatDeadline,
  heartbeatState,
} from '../../src/server/licensing/liveness.js';

const NOW = new Date('2026-06-15T12:00:00.000Z');

describe('identifiers', () => {
  it('stores domains lower-case without the trailing dot, and trims the others', () => {
    expect(normalizeIdentifier('domain', ' Shop.Example.COM. ')).toBe('shop.example.com');
    expect(normalizeIdentifier('machine', '  HWID-7F3A 91C2  ')).toBe('HWID-7F3A 91C2');
    expect(normalizeIdentifier('serial', 'SN-CR-000731')).toBe('SN-CR-000731');
  });

  it('refuses what cannot be an identifier, naming the field', () => {
    for (const [kind, value] of [
      ['domain', 'localhost'],
      ['domain', 'https://example.com'],
      ['machine', ''],
      ['serial', 'x'.repeat(256)],
      ['machine', 'tab\there'],
    ] as const) {
      expect(() => normalizeIdentifier(kind, value), `${kind} ${value}`).toThrow(
        expect.objectContaining({ kind: 'invalid', fields: { identifier: expect.any(String) } }),
      );
    }
  });
});

describe('heartbeat liveness', () => {
  it('puts the deadline one interval and the grace after the beat; none without heartbeat', () => {
    expect(heartbeatDeadline(null, NOW)).toBeNull();
    expect(heartbeatDeadline(3600, NOW)).toBe(
      new Date(NOW.getTime() + (3600 + HEARTBEAT_GRACE_SECONDS) * 1000).toISOString(),
    );
  });

  it('tells not required, not started, alive and dead apart', () => {
    const later = new Date(NOW.getTime() + 1000).toISOString();
    expect(heartbeatState({ heartbeat_deadline: null, last_heartbeat_at: null }, null, NOW)).toBe(
      'not_required',
    );
    expect(heartbeatState({ heartbeat_deadline: later, last_heartbeat_at: null }, 3600, NOW)).toBe(
      'not_started',
    );
    expect(
      heartbeatState(
        { heartbeat_deadline: later, last_heartbeat_at: NOW.toISOString() },
        3600,
        NOW,
      ),
    ).toBe('alive');
    expect(
      heartbeatState({ heartbeat_deadline: NOW.toISOString(), last_heartbeat_at: null }, 3600, NOW),
    ).toBe('dead');
  });
});
