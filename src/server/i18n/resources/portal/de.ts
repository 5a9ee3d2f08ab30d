/** German: the seat forecast of notification mails and the audit log's sentences (decisions 138, 139). */
export const dePortalWords = {
  forecast: {
    days_one: '{{count}} Tag',
    days_other: '{{count}} Tagen',
    runsOut:
      'Bei diesem Tempo sind die Plätze der Lizenz für {{product}} in etwa {{days}} aufgebraucht.',
    full: 'Bei der Lizenz für {{product}} sind alle gekauften Plätze belegt.',
    noGrowth: 'Keine Prognose für die Lizenz für {{product}}: Die Platznutzung wächst nicht.',
    weakFit:
      'Keine Prognose für die Lizenz für {{product}}: Die Platznutzung schwankt zu stark für einen Trend.',
    notSoon:
      'Bei diesem Tempo sind die Plätze der Lizenz für {{product}} innerhalb eines Jahres nicht aufgebraucht.',
    tooLittleHistory:
      'Keine Prognose für die Lizenz für {{product}}: Es gibt noch zu wenig Verlauf.',
    noSeats: 'Keine Prognose für die Lizenz für {{product}}: Es gibt keine gültigen Lizenzen.',
    expiresToday_one:
      'Die Lizenz für {{product}} von {{entitlement}} läuft heute ab, mit {{inUse}} von {{count}} Platz belegt.',
    expiresToday_other:
      'Die Lizenz für {{product}} von {{entitlement}} läuft heute ab, mit {{inUse}} von {{count}} Plätzen belegt.',
    expiresInDays_one:
      'Die Lizenz für {{product}} von {{entitlement}} läuft in {{days}} ab, mit {{inUse}} von {{count}} Platz belegt.',
    expiresInDays_other:
      'Die Lizenz für {{product}} von {{entitlement}} läuft in {{days}} ab, mit {{inUse}} von {{count}} Plätzen belegt.',
  },
  auditEvent: {
    member: {
      role_changed: '{{actor}} hat die Rolle von {{member}} von {{from}} zu {{to}} geändert',
      removed: {
        left: '{{actor}} hat die Organisation verlassen',
        someone: '{{actor}} hat {{member}} entfernt',
      },
      added: '{{member}} ist als {{role}} beigetreten',
    },
    invitation: {
      created: '{{actor}} hat {{email}} als {{role}} eingeladen',
      resent: '{{actor}} hat die Einladung an {{email}} erneut gesendet',
      revoked: '{{actor}} hat die Einladung an {{email}} widerrufen',
      accepted: '{{member}} hat die Einladung angenommen und ist als {{role}} beigetreten',
    },
    activation: {
      created: {
        portal_one: '{{actor}} hat {{count}} Platz von {{product}} auf {{place}} aktiviert',
        portal_other: '{{actor}} hat {{count}} Plätze von {{product}} auf {{place}} aktiviert',
        short_one: '{{actor}} hat {{count}} Platz auf {{place}} aktiviert',
        short_other: '{{actor}} hat {{count}} Plätze auf {{place}} aktiviert',
      },
      deactivated_one:
        '{{actor}} hat {{place}} deaktiviert und {{count}} Platz von {{product}} freigegeben',
      deactivated_other:
        '{{actor}} hat {{place}} deaktiviert und {{count}} Plätze von {{product}} freigegeben',
      heartbeat_expired_one:
        '{{place}} belegt nach verpassten Heartbeats {{count}} Platz von {{product}} nicht mehr',
      heartbeat_expired_other:
        '{{place}} belegt nach verpassten Heartbeats {{count}} Plätze von {{product}} nicht mehr',
    },
    license: {
      key_copied:
        '{{actor}} hat den Lizenzschlüssel für {{product}} mit der Endung {{last4}} kopiert',
      key_revealed:
        '{{actor}} hat den Lizenzschlüssel für {{product}} mit der Endung {{last4}} angezeigt',
      assigned: {
        invited_one:
          '{{actor}} hat {{assignee}} (eingeladen) {{count}} Platz von {{license}} zugewiesen',
        invited_other:
          '{{actor}} hat {{assignee}} (eingeladen) {{count}} Plätze von {{license}} zugewiesen',
        member_one: '{{actor}} hat {{assignee}} {{count}} Platz von {{license}} zugewiesen',
        member_other: '{{actor}} hat {{assignee}} {{count}} Plätze von {{license}} zugewiesen',
      },
      unassigned: {
        memberRemoved_one:
          '{{actor}} hat {{assignee}} {{count}} Platz von {{license}} entzogen (Mitglied entfernt)',
        memberRemoved_other:
          '{{actor}} hat {{assignee}} {{count}} Plätze von {{license}} entzogen (Mitglied entfernt)',
        invitationRevoked_one:
          '{{actor}} hat {{assignee}} {{count}} Platz von {{license}} entzogen (Einladung widerrufen)',
        invitationRevoked_other:
          '{{actor}} hat {{assignee}} {{count}} Plätze von {{license}} entzogen (Einladung widerrufen)',
        plain_one: '{{actor}} hat {{assignee}} {{count}} Platz von {{license}} entzogen',
        plain_other: '{{actor}} hat {{assignee}} {{count}} Plätze von {{license}} entzogen',
      },
      assignment_accepted_one:
        '{{member}} hat die Einladung angenommen und {{count}} Platz von {{license}} erhalten',
      assignment_accepted_other:
        '{{member}} hat die Einladung angenommen und {{count}} Plätze von {{license}} erhalten',
      feature_granted: {
        withKey:
          '{{actor}} hat {{feature}} zur Lizenz für {{product}} von {{entitlement}} (…{{last4}}) hinzugefügt',
        plain:
          '{{actor}} hat {{feature}} zur Lizenz für {{product}} von {{entitlement}} hinzugefügt',
      },
      feature_changed:
        '{{actor}} hat {{feature}} an der Lizenz für {{product}} von {{entitlement}} (…{{last4}}) geändert',
      feature_removed:
        '{{actor}} hat {{feature}} von der Lizenz für {{product}} von {{entitlement}} (…{{last4}}) entfernt',
      extended:
        '{{actor}} hat die Lizenz für {{product}} von {{entitlement}} (…{{last4}}) verlängert',
      updated: '{{actor}} hat die Lizenz für {{product}} von {{entitlement}} (…{{last4}}) geändert',
      renewal_requested:
        '{{actor}} hat eine Verlängerung von {{product}} ({{entitlement}}) angefragt',
    },
    artifact: {
      downloaded: '{{actor}} hat {{file}} ({{release}}) heruntergeladen',
    },
    session: {
      signed_in: '{{actor}} hat sich angemeldet',
      revoked: '{{actor}} hat eine der eigenen anderen Sitzungen abgemeldet',
      revoked_others_one: '{{actor}} hat {{count}} andere Sitzung abgemeldet',
      revoked_others_other: '{{actor}} hat {{count}} andere Sitzungen abgemeldet',
    },
    sso: {
      signed_in: '{{actor}} hat sich mit Single Sign-on angemeldet',
      password_refused:
        '{{actor}} hat versucht, sich mit Passwort anzumelden; Single Sign-on ist vorgeschrieben',
      recovery_sign_in:
        '{{actor}} hat sich mit Passwort angemeldet, obwohl Single Sign-on vorgeschrieben ist (Notfallzugang für Admins)',
      member_joined: '{{member}} ist über Single Sign-on als {{role}} beigetreten',
      removed: '{{actor}} hat Single Sign-on abgeschaltet',
      configured: {
        required: '{{actor}} hat Single Sign-on mit {{host}} eingerichtet (vorgeschrieben)',
        plain: '{{actor}} hat Single Sign-on mit {{host}} eingerichtet',
      },
      settings_changed: {
        required:
          '{{actor}} hat die Single-Sign-on-Einstellungen geändert und Single Sign-on vorgeschrieben',
        allowed:
          '{{actor}} hat die Single-Sign-on-Einstellungen geändert und die Anmeldung mit Passwort wieder erlaubt',
        plain: '{{actor}} hat die Single-Sign-on-Einstellungen geändert',
      },
    },
    password: {
      changed: '{{actor}} hat das eigene Passwort geändert',
      reset: '{{actor}} hat das eigene Passwort über einen Link per E-Mail zurückgesetzt',
    },
    mfa: {
      enabled: '{{actor}} hat die Zwei-Faktor-Authentifizierung aktiviert',
      disabled: '{{actor}} hat die Zwei-Faktor-Authentifizierung deaktiviert',
      recovery_codes_regenerated: '{{actor}} hat neue Wiederherstellungscodes erzeugt',
      recovery_code_used: '{{actor}} hat sich mit einem Wiederherstellungscode angemeldet',
    },
    email: {
      change_requested: '{{actor}} hat eine Änderung der eigenen E-Mail-Adresse angefordert',
      changed: '{{actor}} hat die eigene E-Mail-Adresse von {{from}} zu {{to}} geändert',
    },
    scim: {
      token_created: '{{actor}} hat das SCIM-Token „{{name}}“ erstellt',
      token_revoked: '{{actor}} hat das SCIM-Token „{{name}}“ widerrufen',
    },
  },
};
