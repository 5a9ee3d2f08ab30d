import type { MessageTree } from './en.js';
import { dePortalWords } from './portal/de.js';

/** German; the keys are English's (en.ts). */
export const de: MessageTree = {
  mail: {
    layout: {
      linkFallback:
        'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
      notificationReason:
        'Sie erhalten diese E-Mail aufgrund Ihrer Benachrichtigungseinstellungen im Kundenportal.',
      notificationSettings: 'Benachrichtigungseinstellungen',
      unsubscribe: 'Diese E-Mails abbestellen',
      portal: 'Kundenportal',
    },
    notice: { action: 'Kundenportal öffnen' },
    seats_one: '{{count}} Platz',
    seats_other: '{{count}} Plätze',
    invitation: {
      subject: 'Einladung zu {{organization}} im Kundenportal',
      lead: '{{invitedBy}} hat Sie eingeladen, {{organization}} im Kundenportal als {{role}} beizutreten.',
      action: 'Einladung annehmen',
      expires: 'Der Link funktioniert einmal und läuft am {{expires}} ab.',
      ignore: 'Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese E-Mail.',
      reason: 'Sie erhalten diese E-Mail, weil {{invitedBy}} diese Adresse eingeladen hat.',
    },
    assignment: {
      subjectAssigned: '{{product}}: {{seats}} für Sie in {{organization}} zugewiesen',
      subjectEnded: '{{product}} ist Ihnen nicht mehr zugewiesen',
      leadAssigned:
        '{{changedBy}} hat Ihnen {{seats}} von {{product}} (Berechtigung {{entitlement}}) in {{organization}} zugewiesen.',
      leadEnded:
        '{{changedBy}} hat Ihnen {{product}} (Berechtigung {{entitlement}}) in {{organization}} entzogen. Ihre Aktivierungen bleiben bestehen, bis ein Admin sie beendet.',
      stepsIntro: 'So aktivieren Sie sie:',
      stepOpen: 'Melden Sie sich im Kundenportal an und öffnen Sie Ihre Lizenzen: {{url}}',
      stepKey:
        'Öffnen Sie die Lizenz, zeigen Sie ihren Schlüssel an und geben Sie ihn in der Software ein.',
      stepUser:
        'Wenn die Software nach einem Benutzer fragt, geben Sie diese E-Mail-Adresse an: Die Aktivierung verwendet dann Ihre Plätze.',
      action: 'Ihre Lizenzen öffnen',
      reason: 'Sie erhalten diese E-Mail, weil sich eine Ihrer Lizenzzuweisungen geändert hat.',
    },
    renewal: {
      subject: 'Verlängerungsanfrage: {{product}}, {{entitlement}} ({{organization}})',
      lead: '{{requester}} von {{organization}} bittet um Verlängerung dieser Lizenz.',
      organization: 'Organisation',
      product: 'Produkt',
      license: 'Lizenz',
      entitlement: 'Berechtigung',
      salesOrder: 'Auftrag',
      poNumber: 'Bestellnummer',
      expires: 'Läuft ab (UTC)',
      never: 'nie',
      seats: 'Plätze',
      seatsInUse: 'Belegte Plätze',
      requestedBy: 'Angefragt von',
      message: 'Nachricht',
      action: '{{requester}} antworten',
      reason:
        'Das Kundenportal sendet diese E-Mail, wenn ein Admin eines Kunden die Verlängerung einer Lizenz anfragt.',
    },
    passwordReset: {
      subject: 'Passwort für das Kundenportal zurücksetzen',
      lead: 'Jemand hat angefordert, das Passwort des Kundenportal-Kontos mit dieser E-Mail-Adresse zurückzusetzen.',
      expires:
        'Der Link unten funktioniert einmal und läuft in {{minutes}} Minuten ab. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
      action: 'Neues Passwort wählen',
      reason:
        'Diese E-Mail wurde gesendet, weil im Kundenportal ein Zurücksetzen des Passworts angefordert wurde.',
    },
    emailChange: {
      subject: 'Bestätigen Sie Ihre neue E-Mail-Adresse für das Kundenportal',
      lead: '{{name}} möchte diese Adresse anstelle von {{oldEmail}} für das eigene Kundenportal-Konto verwenden.',
      expires:
        'Öffnen Sie den Link unten, um dies zu bestätigen. Er funktioniert einmal und läuft in 24 Stunden ab. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.',
      action: 'Neue Adresse bestätigen',
      reason:
        'Diese E-Mail wurde gesendet, weil im Kundenportal eine Änderung der E-Mail-Adresse angefordert wurde.',
    },
    emailChanged: {
      subject: 'Ihre E-Mail-Adresse für das Kundenportal wurde geändert',
      lead: 'Ihr Kundenportal-Konto meldet sich jetzt mit {{newEmail}} statt mit dieser Adresse an.',
      warning:
        'Wenn Sie diese Änderung nicht vorgenommen haben, wenden Sie sich sofort an Ihren Administrator.',
      action: 'Kundenportal öffnen',
    },
    securityReason:
      'Dieser Sicherheitshinweis wird unabhängig von Ihren Benachrichtigungseinstellungen gesendet.',
  },
  notice: {
    passwordChanged: {
      title: 'Ihr Passwort wurde geändert',
      body: 'Das Passwort Ihres Kundenportal-Kontos wurde geändert. Wenn Sie das nicht waren, setzen Sie Ihr Passwort jetzt zurück und wenden Sie sich an Ihren Administrator.',
      bodySessions_one:
        'Das Passwort Ihres Kundenportal-Kontos wurde geändert und {{count}} Sitzung wurde abgemeldet. Wenn Sie das nicht waren, setzen Sie Ihr Passwort jetzt zurück und wenden Sie sich an Ihren Administrator.',
      bodySessions_other:
        'Das Passwort Ihres Kundenportal-Kontos wurde geändert und {{count}} Sitzungen wurden abgemeldet. Wenn Sie das nicht waren, setzen Sie Ihr Passwort jetzt zurück und wenden Sie sich an Ihren Administrator.',
    },
    newSignIn: {
      title: 'Neue Anmeldung bei Ihrem Konto',
      body: 'Ihr Konto wurde am {{when}} von {{device}} unter {{ip}} angemeldet. Wenn Sie das waren, ist nichts zu tun. Falls nicht, ändern Sie Ihr Passwort und melden Sie Ihre anderen Sitzungen ab.',
    },
    licenseExpiring: {
      titleExpired: 'Die Lizenz für {{product}} ist abgelaufen',
      titleToday: 'Die Lizenz für {{product}} läuft heute ab',
      titleDays_one: 'Die Lizenz für {{product}} läuft in {{count}} Tag ab',
      titleDays_other: 'Die Lizenz für {{product}} läuft in {{count}} Tagen ab',
      bodyExpired:
        'Die Lizenz für {{product}} mit der Endung {{last4}} von {{organization}} ist abgelaufen ({{date}}). Wenden Sie sich zur Verlängerung an Ihren Anbieter.',
      bodyToday:
        'Die Lizenz für {{product}} mit der Endung {{last4}} von {{organization}} läuft heute ab ({{date}}). Wenden Sie sich zur Verlängerung an Ihren Anbieter.',
      bodyDays_one:
        'Die Lizenz für {{product}} mit der Endung {{last4}} von {{organization}} läuft in {{count}} Tag ab ({{date}}). Wenden Sie sich zur Verlängerung an Ihren Anbieter.',
      bodyDays_other:
        'Die Lizenz für {{product}} mit der Endung {{last4}} von {{organization}} läuft in {{count}} Tagen ab ({{date}}). Wenden Sie sich zur Verlängerung an Ihren Anbieter.',
    },
    seatsOver90: {
      title: '{{product}}: {{used}} von {{seats}} Plätzen belegt',
      body: 'Bei der Lizenz für {{product}} mit der Endung {{last4}} von {{organization}} sind {{used}} von {{seats}} Plätzen belegt, mehr als 90 %. Geben Sie auf der Seite „Aktivierungen“ Plätze frei oder fragen Sie Ihren Anbieter nach weiteren.',
    },
    heartbeatLost: {
      title: '{{product}} auf {{host}} sendet keine Heartbeats mehr',
      body: 'Die Aktivierung von {{product}} auf {{host}} von {{organization}} hat sich seit {{since}} nicht gemeldet und gilt nicht mehr als aktiv.',
      bodyNever:
        'Die Aktivierung von {{product}} auf {{host}} von {{organization}} hat sich seit der Aktivierung nicht gemeldet und gilt nicht mehr als aktiv.',
    },
    newRelease: {
      title: '{{product}} {{version}} ist verfügbar',
      body: '{{product}} {{version}} ({{channel}}) wurde am {{date}} veröffentlicht. {{organization}} besitzt eine Lizenz dafür: Laden Sie es auf der Seite „Downloads“ herunter.',
    },
  },
  labels: {
    role: { admin: 'Admin', viewer: 'Betrachter' },
    channel: { stable: 'Stabil', beta: 'Beta' },
    topic: {
      licenseExpiring30: 'Lizenzen 30 Tage vor Ablauf',
      licenseExpiring15: 'Lizenzen 15 Tage vor Ablauf',
      licenseExpiring0: 'Lizenzen am Tag des Ablaufs',
      seatsOver90: 'Mehr als 90 % der Plätze einer Lizenz belegt',
      heartbeatLost: 'Eine Aktivierung sendet keine Heartbeats mehr',
      newRelease: 'Neues Release eines Ihrer Produkte',
      newSignIn: 'Anmeldung von einem neuen Gerät oder einer neuen Adresse',
      passwordChanged: 'Passwort geändert',
    },
  },
  unsubscribe: {
    title: 'Abbestellen',
    question: 'E-Mails zu „{{topic}}“ an {{email}} abbestellen?',
    explain:
      'Die Benachrichtigung erscheint weiterhin im Portal, wenn sie dort eingeschaltet ist. In Ihren Benachrichtigungseinstellungen können Sie die E-Mails wieder einschalten.',
    button: 'Abbestellen',
    doneTitle: 'Abbestellt',
    done: '{{email}} erhält keine E-Mails zu „{{topic}}“ mehr.',
    invalidTitle: 'Dieser Link funktioniert nicht',
    invalid:
      'Dieser Abbestell-Link ist ungültig. Melden Sie sich im Kundenportal an und ändern Sie Ihre E-Mails in den Benachrichtigungseinstellungen.',
    settings: 'Benachrichtigungseinstellungen',
  },
  csv: {
    audit: {
      dateTime: 'Datum & Uhrzeit ({{timeZone}})',
      message: 'Meldung',
      type: 'Typ',
      user: 'Benutzer',
      userId: 'Benutzer-ID',
      action: 'Aktion',
      ip: 'IP-Adresse',
      targetType: 'Zieltyp',
      targetId: 'Ziel-ID',
      occurredAtUtc: 'Zeitpunkt (UTC)',
      eventId: 'Ereignis-ID',
    },
    activations: {
      activatedAtUtc: 'Aktivierungsdatum (UTC)',
      activatedAtZone: 'Aktivierungsdatum ({{timeZone}})',
      productName: 'Produktname',
      projectName: 'Projektname',
      projectManager: 'Projektleiter',
      activatedBy: 'Aktiviert von',
      entitlementId: 'Berechtigungs-ID',
      serialNumber: 'Seriennummer',
      kind: 'Art',
      identifier: 'Kennung',
      hostname: 'Hostname',
      platform: 'Plattform',
      seats: 'Plätze',
      status: 'Status',
      lastHeartbeatUtc: 'Letzter Heartbeat (UTC)',
      deactivatedAtUtc: 'Deaktiviert am (UTC)',
      deactivatedAtZone: 'Deaktiviert am ({{timeZone}})',
      deactivatedBy: 'Deaktiviert von',
      activationId: 'Aktivierungs-ID',
    },
  },
  ...dePortalWords,
};
