import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage, fieldMessages } from '../../src/web/api/error-text';
import { i18n, setUpI18n } from '../../src/web/i18n/i18n';

/** What a member reads when the API refuses (decision 137). */
describe('API errors in the shown language', () => {
  beforeAll(() => setUpI18n('de'));
  afterAll(() => i18n.changeLanguage('en'));

  it('words a known code in German, whatever the server’s English says', () => {
    expect(errorMessage('invalid_credentials', 'The email or password is incorrect.')).toBe(
      'E-Mail-Adresse oder Passwort ist falsch.',
    );
    expect(errorMessage('sso_unknown_domain', 'No organization uses single sign-on…')).toBe(
      'Für diese E-Mail-Domain nutzt keine Organisation Single Sign-on.',
    );
  });

  it('words a license check by its explanation and remedy', () => {
    expect(errorMessage('SEATS_EXHAUSTED', 'You asked for 2 seats but only 1…')).toBe(
      'Aktive Aktivierungen würden mehr Plätze belegen, als die Lizenz hat. Deaktivieren Sie nicht mehr genutzte Maschinen auf der Seite Aktivierungen oder kaufen Sie weitere Plätze beim Anbieter.',
    );
  });

  it('keeps the server’s English for a code it does not know, never a raw key', () => {
    expect(errorMessage('brand_new_code', 'Something new went wrong.')).toBe(
      'Something new went wrong.',
    );
    expect(errorMessage('sso_brand_new', 'A new SSO problem.')).toBe('A new SSO problem.');
  });

  it('words field problems: the code’s text, or “check this field” for invalid input', () => {
    expect(fieldMessages('wrong_password', { password: 'is incorrect' })).toEqual({
      password: 'Das Passwort ist falsch.',
    });
    expect(fieldMessages('validation_failed', { email: 'is required' })).toEqual({
      email: 'Bitte prüfen Sie diese Angabe.',
    });
    expect(fieldMessages('brand_new_code', { name: 'is odd' })).toEqual({ name: 'is odd' });
  });

  it('keeps the server’s own words for an English reader', async () => {
    await i18n.changeLanguage('en');
    expect(errorMessage('invalid_credentials', 'The email or password is incorrect.')).toBe(
      'The email or password is incorrect.',
    );
    expect(fieldMessages('wrong_password', { password: 'is incorrect' })).toEqual({
      password: 'is incorrect',
    });
    await i18n.changeLanguage('de');
  });
});
