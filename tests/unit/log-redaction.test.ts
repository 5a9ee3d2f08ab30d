import { describe, expect, it } from 'vitest';
import { redactSecretsInUrl } from '../../src/server/http/log-redaction.js';

describe('request log URLs', () => {
  it.each([
    ['/reset-password?token=s3cr3t', '/reset-password?token=[redacted]'],
    ['/confirm-email?token=s3cr3t&x=1', '/confirm-email?token=[redacted]&x=1'],
    ['/invite/s3cr3t', '/invite/[redacted]'],
    ['/api/portal/invitations/s3cr3t/accept', '/api/portal/invitations/[redacted]/accept'],
    [
      '/api/portal/downloads/artifacts/4/file?org=1&expires=99&signature=s3cr3t',
      '/api/portal/downloads/artifacts/4/file?org=1&expires=99&signature=[redacted]',
    ],
  ])('logs %s as %s', (url, logged) => {
    expect(redactSecretsInUrl(url)).toBe(logged);
  });
});
