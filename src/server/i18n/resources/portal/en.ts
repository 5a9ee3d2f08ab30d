/** English: the seat forecast of notification mails and the audit log's sentences (decisions 138, 139).
 * The audit sentences are also the patterns the stored English messages are read with (audit-wording.ts). */
export const enPortalWords = {
  forecast: {
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    runsOut: 'At this rate, the {{product}} license runs out of seats in about {{days}}.',
    full: 'The {{product}} license has every purchased seat in use.',
    noGrowth: 'No forecast for the {{product}} license: seat usage is not growing.',
    weakFit: 'No forecast for the {{product}} license: seat usage varies too much to show a trend.',
    notSoon: 'At this rate, the {{product}} license does not run out of seats within a year.',
    tooLittleHistory: 'No forecast for the {{product}} license: there is too little history yet.',
    noSeats: 'No forecast for the {{product}} license: it has no valid licenses.',
    expiresToday_one:
      'The {{product}} license of {{entitlement}} expires today with {{inUse}} of {{count}} seat in use.',
    expiresToday_other:
      'The {{product}} license of {{entitlement}} expires today with {{inUse}} of {{count}} seats in use.',
    expiresInDays_one:
      'The {{product}} license of {{entitlement}} expires in {{days}} with {{inUse}} of {{count}} seat in use.',
    expiresInDays_other:
      'The {{product}} license of {{entitlement}} expires in {{days}} with {{inUse}} of {{count}} seats in use.',
  },
  auditEvent: {
    member: {
      role_changed: '{{actor}} changed the role of {{member}} from {{from}} to {{to}}',
      removed: {
        left: '{{actor}} left the organization',
        someone: '{{actor}} removed {{member}}',
      },
      added: '{{member}} joined as {{role}}',
    },
    invitation: {
      created: '{{actor}} invited {{email}} as {{role}}',
      resent: '{{actor}} resent the invitation to {{email}}',
      revoked: '{{actor}} revoked the invitation to {{email}}',
      accepted: '{{member}} accepted the invitation and joined as {{role}}',
    },
    activation: {
      created: {
        portal_one: '{{actor}} activated {{count}} seat of {{product}} on {{place}}',
        portal_other: '{{actor}} activated {{count}} seats of {{product}} on {{place}}',
        short_one: '{{actor}} activated {{count}} seat on {{place}}',
        short_other: '{{actor}} activated {{count}} seats on {{place}}',
      },
      deactivated_one: '{{actor}} deactivated {{place}}, freeing {{count}} seat of {{product}}',
      deactivated_other: '{{actor}} deactivated {{place}}, freeing {{count}} seats of {{product}}',
      heartbeat_expired_one:
        '{{place}} stopped holding {{count}} seat of {{product}} after missed heartbeats',
      heartbeat_expired_other:
        '{{place}} stopped holding {{count}} seats of {{product}} after missed heartbeats',
    },
    license: {
      key_copied: '{{actor}} copied the {{product}} license key ending {{last4}}',
      key_revealed: '{{actor}} revealed the {{product}} license key ending {{last4}}',
      assigned: {
        invited_one: '{{actor}} assigned {{count}} seat of {{license}} to {{assignee}} (invited)',
        invited_other:
          '{{actor}} assigned {{count}} seats of {{license}} to {{assignee}} (invited)',
        member_one: '{{actor}} assigned {{count}} seat of {{license}} to {{assignee}}',
        member_other: '{{actor}} assigned {{count}} seats of {{license}} to {{assignee}}',
      },
      unassigned: {
        memberRemoved_one:
          '{{actor}} unassigned {{count}} seat of {{license}} from {{assignee}} (member removed)',
        memberRemoved_other:
          '{{actor}} unassigned {{count}} seats of {{license}} from {{assignee}} (member removed)',
        invitationRevoked_one:
          '{{actor}} unassigned {{count}} seat of {{license}} from {{assignee}} (invitation revoked)',
        invitationRevoked_other:
          '{{actor}} unassigned {{count}} seats of {{license}} from {{assignee}} (invitation revoked)',
        plain_one: '{{actor}} unassigned {{count}} seat of {{license}} from {{assignee}}',
        plain_other: '{{actor}} unassigned {{count}} seats of {{license}} from {{assignee}}',
      },
      assignment_accepted_one:
        '{{member}} accepted the invitation and received {{count}} seat of {{license}}',
      assignment_accepted_other:
        '{{member}} accepted the invitation and received {{count}} seats of {{license}}',
      feature_granted: {
        withKey:
          '{{actor}} added {{feature}} to the {{product}} license of {{entitlement}} (…{{last4}})',
        plain: '{{actor}} added {{feature}} to the {{product}} license of {{entitlement}}',
      },
      feature_changed:
        '{{actor}} changed {{feature}} on the {{product}} license of {{entitlement}} (…{{last4}})',
      feature_removed:
        '{{actor}} removed {{feature}} from the {{product}} license of {{entitlement}} (…{{last4}})',
      extended: '{{actor}} extended the {{product}} license of {{entitlement}} (…{{last4}})',
      updated: '{{actor}} updated the {{product}} license of {{entitlement}} (…{{last4}})',
      renewal_requested: '{{actor}} requested a renewal of {{product}} ({{entitlement}})',
    },
    artifact: {
      downloaded: '{{actor}} downloaded {{file}} ({{release}})',
    },
    session: {
      signed_in: '{{actor}} signed in',
      revoked: '{{actor}} signed out one of their other sessions',
      revoked_others_one: '{{actor}} signed out {{count}} other session',
      revoked_others_other: '{{actor}} signed out {{count}} other sessions',
    },
    sso: {
      signed_in: '{{actor}} signed in with single sign-on',
      password_refused: '{{actor}} tried to sign in with a password; single sign-on is required',
      recovery_sign_in:
        '{{actor}} signed in with a password while single sign-on is required (Admin recovery)',
      member_joined: '{{member}} joined through single sign-on as {{role}}',
      removed: '{{actor}} turned single sign-on off',
      configured: {
        required: '{{actor}} set up single sign-on with {{host}} (required)',
        plain: '{{actor}} set up single sign-on with {{host}}',
      },
      settings_changed: {
        required: '{{actor}} changed the single sign-on settings and required single sign-on',
        allowed: '{{actor}} changed the single sign-on settings and allowed password sign-in again',
        plain: '{{actor}} changed the single sign-on settings',
      },
    },
    password: {
      changed: '{{actor}} changed their password',
      reset: '{{actor}} reset their password with an emailed link',
    },
    mfa: {
      enabled: '{{actor}} turned on two-factor authentication',
      disabled: '{{actor}} turned off two-factor authentication',
      recovery_codes_regenerated: '{{actor}} generated new recovery codes',
      recovery_code_used: '{{actor}} signed in with a recovery code',
    },
    email: {
      change_requested: '{{actor}} asked to change their email address',
      changed: '{{actor}} changed their email address from {{from}} to {{to}}',
    },
    scim: {
      token_created: '{{actor}} created the SCIM token “{{name}}”',
      token_revoked: '{{actor}} revoked the SCIM token “{{name}}”',
    },
  },
};
