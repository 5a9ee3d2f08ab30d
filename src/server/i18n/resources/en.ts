import { enPortalWords } from './portal/en.js';
/**
 * What the server writes in English: mails, in-portal notices, the unsubscribe page and
 * CSV headers. The other languages have exactly these keys (tests/unit/server-i18n.test.ts);
 * plural keys end in _one/_other (i18next's Intl.PluralRules suffixes). Values are plain
 * text: the mail layout escapes them.
 */
export const en = {
  mail: {
    layout: {
      linkFallback: 'If the button does not work, copy this link into your browser:',
      notificationReason:
        'You receive this email because of your notification settings in the Customer Portal.',
      notificationSettings: 'Notification settings',
      unsubscribe: 'Unsubscribe from these emails',
      portal: 'Customer Portal',
    },
    notice: { action: 'Open the Customer Portal' },
    seats_one: '{{count}} seat',
    seats_other: '{{count}} seats',
    invitation: {
      subject: 'You are invited to {{organization}} on the Customer Portal',
      lead: '{{invitedBy}} invited you to join {{organization}} on the Customer Portal as {{role}}.',
      action: 'Accept the invitation',
      expires: 'The link works once and expires on {{expires}}.',
      ignore: 'If you did not expect this invitation, ignore this email.',
      reason: 'You receive this email because {{invitedBy}} invited this address.',
    },
    assignment: {
      subjectAssigned: '{{product}}: {{seats}} assigned to you in {{organization}}',
      subjectEnded: '{{product}} is no longer assigned to you',
      leadAssigned:
        '{{changedBy}} assigned you {{seats}} of {{product}} (entitlement {{entitlement}}) in {{organization}}.',
      leadEnded:
        '{{changedBy}} unassigned {{product}} (entitlement {{entitlement}}) from you in {{organization}}. Your activations stay until an Admin ends them.',
      stepsIntro: 'To activate it:',
      stepOpen: 'Sign in to the Customer Portal and open your licenses: {{url}}',
      stepKey: 'Open the license, reveal its key and enter the key in the software.',
      stepUser:
        'When the software asks for a user, give this email address: the activation then uses your seats.',
      action: 'Open your licenses',
      reason: 'You receive this email because a license assignment of yours changed.',
    },
    renewal: {
      subject: 'Renewal request: {{product}}, {{entitlement}} ({{organization}})',
      lead: '{{requester}} of {{organization}} asks to renew this license.',
      organization: 'Organization',
      product: 'Product',
      license: 'License',
      entitlement: 'Entitlement',
      salesOrder: 'Sales order',
      poNumber: 'PO number',
      expires: 'Expires (UTC)',
      never: 'never',
      seats: 'Seats',
      seatsInUse: 'Seats in use',
      requestedBy: 'Requested by',
      message: 'Message',
      action: 'Reply to {{requester}}',
      reason:
        'The Customer Portal sends this email when a customer’s Admin asks to renew a license.',
    },
    passwordReset: {
      subject: 'Reset your Customer Portal password',
      lead: 'Someone asked to reset the password of the Customer Portal account with this email address.',
      expires:
        'The link below works once and expires in {{minutes}} minutes. If you did not ask for it, ignore this email: your password stays as it is.',
      action: 'Choose a new password',
      reason: 'This email was sent because a password reset was requested in the Customer Portal.',
    },
    emailChange: {
      subject: 'Confirm your new email address for the Customer Portal',
      lead: '{{name}} asked to use this address for their Customer Portal account instead of {{oldEmail}}.',
      expires:
        'Open the link below to confirm. It works once and expires in 24 hours. If you did not ask for this, ignore this email.',
      action: 'Confirm the new address',
      reason: 'This email was sent because an email change was requested in the Customer Portal.',
    },
    emailChanged: {
      subject: 'Your Customer Portal email address was changed',
      lead: 'Your Customer Portal account now signs in with {{newEmail}} instead of this address.',
      warning: 'If you did not make this change, contact your administrator at once.',
      action: 'Open the Customer Portal',
    },
    securityReason: 'This security notice is sent whatever your notification settings.',
  },
  notice: {
    passwordChanged: {
      title: 'Your password was changed',
      body: 'The password of your Customer Portal account was changed. If this was not you, reset your password now and contact your administrator.',
      bodySessions_one:
        'The password of your Customer Portal account was changed and {{count}} session was signed out. If this was not you, reset your password now and contact your administrator.',
      bodySessions_other:
        'The password of your Customer Portal account was changed and {{count}} sessions were signed out. If this was not you, reset your password now and contact your administrator.',
    },
    newSignIn: {
      title: 'New sign-in to your account',
      body: 'Your account was signed in from {{device}} at {{ip}} on {{when}}. If this was you, there is nothing to do. If not, change your password and sign out your other sessions.',
    },
    licenseExpiring: {
      titleExpired: '{{product}} license has expired',
      titleToday: '{{product}} license expires today',
      titleDays_one: '{{product}} license expires in {{count}} day',
      titleDays_other: '{{product}} license expires in {{count}} days',
      bodyExpired:
        'The {{product}} license ending in {{last4}} of {{organization}} has expired ({{date}}). Contact your vendor to renew it.',
      bodyToday:
        'The {{product}} license ending in {{last4}} of {{organization}} expires today ({{date}}). Contact your vendor to renew it.',
      bodyDays_one:
        'The {{product}} license ending in {{last4}} of {{organization}} expires in {{count}} day ({{date}}). Contact your vendor to renew it.',
      bodyDays_other:
        'The {{product}} license ending in {{last4}} of {{organization}} expires in {{count}} days ({{date}}). Contact your vendor to renew it.',
    },
    seatsOver90: {
      title: '{{product}}: {{used}} of {{seats}} seats in use',
      body: 'The {{product}} license ending in {{last4}} of {{organization}} has {{used}} of its {{seats}} seats in use, over 90%. Free seats on the Activations page or ask your vendor for more.',
    },
    heartbeatLost: {
      title: '{{product}} on {{host}} stopped sending heartbeats',
      body: 'The {{product}} activation on {{host}} of {{organization}} has not reported since {{since}} and no longer counts as live.',
      bodyNever:
        'The {{product}} activation on {{host}} of {{organization}} has not reported since it was activated and no longer counts as live.',
    },
    newRelease: {
      title: '{{product}} {{version}} is available',
      body: '{{product}} {{version}} ({{channel}}) was published on {{date}}. {{organization}} owns a license for it: download it from the Downloads page.',
    },
  },
  labels: {
    role: { admin: 'Admin', viewer: 'Viewer' },
    channel: { stable: 'Stable', beta: 'Beta' },
    topic: {
      licenseExpiring30: 'Licenses 30 days before expiry',
      licenseExpiring15: 'Licenses 15 days before expiry',
      licenseExpiring0: 'Licenses on the day of expiry',
      seatsOver90: 'More than 90% of a license’s seats in use',
      heartbeatLost: 'An activation stopped sending heartbeats',
      newRelease: 'New release of a product you own',
      newSignIn: 'Sign-in from a new device or address',
      passwordChanged: 'Password changed',
    },
  },
  unsubscribe: {
    title: 'Unsubscribe',
    question: 'Stop emails about “{{topic}}” to {{email}}?',
    explain:
      'The notification stays in the portal if it is switched on there. You can switch the emails on again in your notification settings.',
    button: 'Unsubscribe',
    doneTitle: 'Unsubscribed',
    done: '{{email}} no longer receives emails about “{{topic}}”.',
    invalidTitle: 'This link does not work',
    invalid:
      'This unsubscribe link is not valid. Sign in to the Customer Portal and change your emails in the notification settings.',
    settings: 'Notification settings',
  },
  csv: {
    audit: {
      dateTime: 'Date & Time ({{timeZone}})',
      message: 'Message',
      type: 'Type',
      user: 'User',
      userId: 'User ID',
      action: 'Action',
      ip: 'IP Address',
      targetType: 'Target Type',
      targetId: 'Target ID',
      occurredAtUtc: 'Occurred At (UTC)',
      eventId: 'Event ID',
    },
    activations: {
      activatedAtUtc: 'Activation Date (UTC)',
      activatedAtZone: 'Activation Date ({{timeZone}})',
      productName: 'Product Name',
      projectName: 'Project Name',
      projectManager: 'Project Manager',
      activatedBy: 'Activated By',
      entitlementId: 'Entitlement ID',
      serialNumber: 'Serial Number',
      kind: 'Kind',
      identifier: 'Identifier',
      hostname: 'Hostname',
      platform: 'Platform',
      seats: 'Seats',
      status: 'Status',
      lastHeartbeatUtc: 'Last Heartbeat (UTC)',
      deactivatedAtUtc: 'Deactivated At (UTC)',
      deactivatedAtZone: 'Deactivated At ({{timeZone}})',
      deactivatedBy: 'Deactivated By',
      activationId: 'Activation ID',
    },
  },
  ...enPortalWords,
};

/** The shape every language's resources have: nested objects of strings. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}
