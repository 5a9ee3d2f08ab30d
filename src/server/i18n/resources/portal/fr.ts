/** French: the seat forecast of notification mails and the audit log's sentences (decisions 138, 139). */
export const frPortalWords = {
  forecast: {
    days_one: '{{count}} jour',
    days_many: '{{count}} jours',
    days_other: '{{count}} jours',
    runsOut:
      'À ce rythme, la licence {{product}} n’aura plus de postes libres dans environ {{days}}.',
    full: 'La licence {{product}} utilise tous les postes achetés.',
    noGrowth:
      'Pas de prévision pour la licence {{product}} : l’utilisation des postes n’augmente pas.',
    weakFit:
      'Pas de prévision pour la licence {{product}} : l’utilisation des postes varie trop pour dégager une tendance.',
    notSoon: 'À ce rythme, la licence {{product}} ne manquera pas de postes d’ici un an.',
    tooLittleHistory:
      'Pas de prévision pour la licence {{product}} : l’historique est encore trop court.',
    noSeats: 'Pas de prévision pour la licence {{product}} : aucune licence valide.',
    expiresToday_one:
      'La licence {{product}} de {{entitlement}} expire aujourd’hui avec {{inUse}} poste utilisé sur {{count}}.',
    expiresToday_many:
      'La licence {{product}} de {{entitlement}} expire aujourd’hui avec {{inUse}} postes utilisés sur {{count}}.',
    expiresToday_other:
      'La licence {{product}} de {{entitlement}} expire aujourd’hui avec {{inUse}} postes utilisés sur {{count}}.',
    expiresInDays_one:
      'La licence {{product}} de {{entitlement}} expire dans {{days}} avec {{inUse}} poste utilisé sur {{count}}.',
    expiresInDays_many:
      'La licence {{product}} de {{entitlement}} expire dans {{days}} avec {{inUse}} postes utilisés sur {{count}}.',
    expiresInDays_other:
      'La licence {{product}} de {{entitlement}} expire dans {{days}} avec {{inUse}} postes utilisés sur {{count}}.',
  },
  auditEvent: {
    member: {
      role_changed: '{{actor}} a changé le rôle de {{member}} de {{from}} à {{to}}',
      removed: {
        left: '{{actor}} a quitté l’organisation',
        someone: '{{actor}} a retiré {{member}}',
      },
      added: '{{member}} a rejoint l’organisation en tant que {{role}}',
    },
    invitation: {
      created: '{{actor}} a invité {{email}} en tant que {{role}}',
      resent: '{{actor}} a renvoyé l’invitation à {{email}}',
      revoked: '{{actor}} a révoqué l’invitation à {{email}}',
      accepted:
        '{{member}} a accepté l’invitation et a rejoint l’organisation en tant que {{role}}',
    },
    activation: {
      created: {
        portal_one: '{{actor}} a activé {{count}} poste de {{product}} sur {{place}}',
        portal_many: '{{actor}} a activé {{count}} postes de {{product}} sur {{place}}',
        portal_other: '{{actor}} a activé {{count}} postes de {{product}} sur {{place}}',
        short_one: '{{actor}} a activé {{count}} poste sur {{place}}',
        short_many: '{{actor}} a activé {{count}} postes sur {{place}}',
        short_other: '{{actor}} a activé {{count}} postes sur {{place}}',
      },
      deactivated_one: '{{actor}} a désactivé {{place}}, libérant {{count}} poste de {{product}}',
      deactivated_many: '{{actor}} a désactivé {{place}}, libérant {{count}} postes de {{product}}',
      deactivated_other:
        '{{actor}} a désactivé {{place}}, libérant {{count}} postes de {{product}}',
      heartbeat_expired_one:
        '{{place}} ne détient plus {{count}} poste de {{product}} après des signaux de vie manqués',
      heartbeat_expired_many:
        '{{place}} ne détient plus {{count}} postes de {{product}} après des signaux de vie manqués',
      heartbeat_expired_other:
        '{{place}} ne détient plus {{count}} postes de {{product}} après des signaux de vie manqués',
    },
    license: {
      key_copied: '{{actor}} a copié la clé de licence {{product}} se terminant par {{last4}}',
      key_revealed: '{{actor}} a affiché la clé de licence {{product}} se terminant par {{last4}}',
      assigned: {
        invited_one: '{{actor}} a attribué {{count}} poste de {{license}} à {{assignee}} (invité)',
        invited_many:
          '{{actor}} a attribué {{count}} postes de {{license}} à {{assignee}} (invité)',
        invited_other:
          '{{actor}} a attribué {{count}} postes de {{license}} à {{assignee}} (invité)',
        member_one: '{{actor}} a attribué {{count}} poste de {{license}} à {{assignee}}',
        member_many: '{{actor}} a attribué {{count}} postes de {{license}} à {{assignee}}',
        member_other: '{{actor}} a attribué {{count}} postes de {{license}} à {{assignee}}',
      },
      unassigned: {
        memberRemoved_one:
          '{{actor}} a retiré {{count}} poste de {{license}} à {{assignee}} (membre retiré)',
        memberRemoved_many:
          '{{actor}} a retiré {{count}} postes de {{license}} à {{assignee}} (membre retiré)',
        memberRemoved_other:
          '{{actor}} a retiré {{count}} postes de {{license}} à {{assignee}} (membre retiré)',
        invitationRevoked_one:
          '{{actor}} a retiré {{count}} poste de {{license}} à {{assignee}} (invitation révoquée)',
        invitationRevoked_many:
          '{{actor}} a retiré {{count}} postes de {{license}} à {{assignee}} (invitation révoquée)',
        invitationRevoked_other:
          '{{actor}} a retiré {{count}} postes de {{license}} à {{assignee}} (invitation révoquée)',
        plain_one: '{{actor}} a retiré {{count}} poste de {{license}} à {{assignee}}',
        plain_many: '{{actor}} a retiré {{count}} postes de {{license}} à {{assignee}}',
        plain_other: '{{actor}} a retiré {{count}} postes de {{license}} à {{assignee}}',
      },
      assignment_accepted_one:
        '{{member}} a accepté l’invitation et reçu {{count}} poste de {{license}}',
      assignment_accepted_many:
        '{{member}} a accepté l’invitation et reçu {{count}} postes de {{license}}',
      assignment_accepted_other:
        '{{member}} a accepté l’invitation et reçu {{count}} postes de {{license}}',
      feature_granted: {
        withKey:
          '{{actor}} a ajouté {{feature}} à la licence {{product}} de {{entitlement}} (…{{last4}})',
        plain: '{{actor}} a ajouté {{feature}} à la licence {{product}} de {{entitlement}}',
      },
      feature_changed:
        '{{actor}} a modifié {{feature}} sur la licence {{product}} de {{entitlement}} (…{{last4}})',
      feature_removed:
        '{{actor}} a retiré {{feature}} de la licence {{product}} de {{entitlement}} (…{{last4}})',
      extended: '{{actor}} a prolongé la licence {{product}} de {{entitlement}} (…{{last4}})',
      updated: '{{actor}} a modifié la licence {{product}} de {{entitlement}} (…{{last4}})',
      renewal_requested: '{{actor}} a demandé le renouvellement de {{product}} ({{entitlement}})',
    },
    artifact: {
      downloaded: '{{actor}} a téléchargé {{file}} ({{release}})',
    },
    session: {
      signed_in: '{{actor}} s’est connecté',
      revoked: '{{actor}} a déconnecté une de ses autres sessions',
      revoked_others_one: '{{actor}} a déconnecté {{count}} autre session',
      revoked_others_many: '{{actor}} a déconnecté {{count}} autres sessions',
      revoked_others_other: '{{actor}} a déconnecté {{count}} autres sessions',
    },
    sso: {
      signed_in: '{{actor}} s’est connecté avec l’authentification unique',
      password_refused:
        '{{actor}} a tenté de se connecter avec un mot de passe ; l’authentification unique est obligatoire',
      recovery_sign_in:
        '{{actor}} s’est connecté avec un mot de passe alors que l’authentification unique est obligatoire (accès de secours Admin)',
      member_joined:
        '{{member}} a rejoint l’organisation par authentification unique en tant que {{role}}',
      removed: '{{actor}} a désactivé l’authentification unique',
      configured: {
        required: '{{actor}} a configuré l’authentification unique avec {{host}} (obligatoire)',
        plain: '{{actor}} a configuré l’authentification unique avec {{host}}',
      },
      settings_changed: {
        required:
          '{{actor}} a modifié les paramètres d’authentification unique et l’a rendue obligatoire',
        allowed:
          '{{actor}} a modifié les paramètres d’authentification unique et autorisé à nouveau la connexion par mot de passe',
        plain: '{{actor}} a modifié les paramètres d’authentification unique',
      },
    },
    password: {
      changed: '{{actor}} a changé son mot de passe',
      reset: '{{actor}} a réinitialisé son mot de passe avec un lien reçu par e-mail',
    },
    mfa: {
      enabled: '{{actor}} a activé l’authentification à deux facteurs',
      disabled: '{{actor}} a désactivé l’authentification à deux facteurs',
      recovery_codes_regenerated: '{{actor}} a généré de nouveaux codes de récupération',
      recovery_code_used: '{{actor}} s’est connecté avec un code de récupération',
    },
    email: {
      change_requested: '{{actor}} a demandé à changer son adresse e-mail',
      changed: '{{actor}} a changé son adresse e-mail de {{from}} à {{to}}',
    },
    scim: {
      token_created: '{{actor}} a créé le jeton SCIM « {{name}} »',
      token_revoked: '{{actor}} a révoqué le jeton SCIM « {{name}} »',
    },
  },
};
