import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { compiledLayout, textColourOn } from '../../src/server/mail/layout.js';
import { mailSamples } from '../support/mail-samples.js';

const config = loadConfig({
  DATA_DIR: '/tmp/portal-mail-unit',
  PUBLIC_URL: 'https://portal.example.test',
  VENDOR_NAME: 'Acme <Software>',
  BRAND_COLOR: '#0b7285',
});

describe('mail composition', () => {
  const samples = mailSamples(config, 'en');

  it('lays out every kind from the one MJML layout, compiled once', () => {
    expect(compiledLayout(config.mailBrand)).toBe(compiledLayout(config.mailBrand));
    for (const { kind, mail } of samples) {
      expect(mail.html, kind).toContain('Acme &lt;Software&gt;');
      expect(mail.html, kind).toContain('background:#0b7285');
      expect(mail.html, kind).not.toMatch(/%%[A-Z_]+%%/);
      expect(mail.text.length, kind).toBeGreaterThan(40);
      expect(mail.text, kind).not.toMatch(/<\/?(p|a|br|ol|li|table|tr|td|th|strong)\b/);
    }
  });

  it('adds one-click unsubscribe to notification mails only', () => {
    for (const { kind, mail, notification } of samples) {
      if (notification) {
        expect(mail.headers?.['List-Unsubscribe'], kind).toMatch(
          /^<https:\/\/portal\.example\.test\/unsubscribe\?token=\d+\.\w+\.[\w-]{43}>$/,
        );
        expect(mail.headers?.['List-Unsubscribe-Post'], kind).toBe('List-Unsubscribe=One-Click');
        expect(mail.text, kind).toContain('Unsubscribe from these emails: https://');
      } else expect(mail.headers, kind).toBeUndefined();
    }
  });

  it('escapes what members and vendors typed', () => {
    const invitation = samples.find((s) => s.kind === 'invitation')!.mail;
    expect(invitation.html).toContain('Northwind &lt;Robotics&gt; &amp; Co');
    expect(invitation.html).not.toContain('<Robotics>');
    expect(invitation.text).toContain('Northwind <Robotics> & Co');
  });

  it('writes button text that reads on the brand colour', () => {
    expect(textColourOn('#1971c2')).toBe('#ffffff');
    expect(textColourOn('#ffd43b')).toBe('#000000');
  });
});
