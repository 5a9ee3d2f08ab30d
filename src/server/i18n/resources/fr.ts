import type { MessageTree } from './en.js';
import { frPortalWords } from './portal/fr.js';

/** French; the keys are English's (en.ts), with _many where French plural rules need it. */
export const fr: MessageTree = {
  mail: {
    layout: {
      linkFallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
      notificationReason:
        'Vous recevez cet e-mail en raison de vos paramètres de notification dans le portail client.',
      notificationSettings: 'Paramètres de notification',
      unsubscribe: 'Se désabonner de ces e-mails',
      portal: 'Portail client',
    },
    notice: { action: 'Ouvrir le portail client' },
    seats_one: '{{count}} poste',
    seats_many: '{{count}} postes',
    seats_other: '{{count}} postes',
    invitation: {
      subject: 'Invitation à rejoindre {{organization}} sur le portail client',
      lead: '{{invitedBy}} vous invite à rejoindre {{organization}} sur le portail client en tant que {{role}}.',
      action: 'Accepter l’invitation',
      expires: 'Le lien fonctionne une seule fois et expire le {{expires}}.',
      ignore: 'Si vous n’attendiez pas cette invitation, ignorez cet e-mail.',
      reason: 'Vous recevez cet e-mail parce que {{invitedBy}} a invité cette adresse.',
    },
    assignment: {
      subjectAssigned: '{{product}} : attribution de {{seats}} chez {{organization}}',
      subjectEnded: '{{product}} ne vous est plus attribué',
      leadAssigned:
        '{{changedBy}} vous a attribué {{seats}} de {{product}} (droit {{entitlement}}) chez {{organization}}.',
      leadEnded:
        '{{changedBy}} vous a retiré {{product}} (droit {{entitlement}}) chez {{organization}}. Vos activations restent en place jusqu’à ce qu’un administrateur y mette fin.',
      stepsIntro: 'Pour l’activer :',
      stepOpen: 'Connectez-vous au portail client et ouvrez vos licences : {{url}}',
      stepKey: 'Ouvrez la licence, affichez sa clé et saisissez-la dans le logiciel.',
      stepUser:
        'Lorsque le logiciel demande un utilisateur, indiquez cette adresse e-mail : l’activation utilise alors vos postes.',
      action: 'Ouvrir vos licences',
      reason: 'Vous recevez cet e-mail parce qu’une de vos attributions de licence a changé.',
    },
    renewal: {
      subject: 'Demande de renouvellement : {{product}}, {{entitlement}} ({{organization}})',
      lead: '{{requester}} de {{organization}} demande le renouvellement de cette licence.',
      organization: 'Organisation',
      product: 'Produit',
      license: 'Licence',
      entitlement: 'Droit',
      salesOrder: 'Commande',
      poNumber: 'N° de bon de commande',
      expires: 'Expire (UTC)',
      never: 'jamais',
      seats: 'Postes',
      seatsInUse: 'Postes utilisés',
      requestedBy: 'Demandé par',
      message: 'Message',
      action: 'Répondre à {{requester}}',
      reason:
        'Le portail client envoie cet e-mail lorsqu’un administrateur d’un client demande le renouvellement d’une licence.',
    },
    passwordReset: {
      subject: 'Réinitialisez votre mot de passe du portail client',
      lead: 'Quelqu’un a demandé à réinitialiser le mot de passe du compte du portail client associé à cette adresse e-mail.',
      expires:
        'Le lien ci-dessous fonctionne une seule fois et expire dans {{minutes}} minutes. Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.',
      action: 'Choisir un nouveau mot de passe',
      reason:
        'Cet e-mail a été envoyé parce qu’une réinitialisation du mot de passe a été demandée dans le portail client.',
    },
    emailChange: {
      subject: 'Confirmez votre nouvelle adresse e-mail pour le portail client',
      lead: '{{name}} souhaite utiliser cette adresse pour son compte du portail client à la place de {{oldEmail}}.',
      expires:
        'Ouvrez le lien ci-dessous pour confirmer. Il fonctionne une seule fois et expire dans 24 heures. Si vous n’avez rien demandé, ignorez cet e-mail.',
      action: 'Confirmer la nouvelle adresse',
      reason:
        'Cet e-mail a été envoyé parce qu’un changement d’adresse e-mail a été demandé dans le portail client.',
    },
    emailChanged: {
      subject: 'L’adresse e-mail de votre compte du portail client a été modifiée',
      lead: 'Votre compte du portail client se connecte désormais avec {{newEmail}} au lieu de cette adresse.',
      warning:
        'Si vous n’êtes pas à l’origine de cette modification, contactez immédiatement votre administrateur.',
      action: 'Ouvrir le portail client',
    },
    securityReason:
      'Cet avis de sécurité est envoyé quels que soient vos paramètres de notification.',
  },
  notice: {
    passwordChanged: {
      title: 'Votre mot de passe a été modifié',
      body: 'Le mot de passe de votre compte du portail client a été modifié. Si ce n’était pas vous, réinitialisez votre mot de passe maintenant et contactez votre administrateur.',
      bodySessions_one:
        'Le mot de passe de votre compte du portail client a été modifié et {{count}} session a été déconnectée. Si ce n’était pas vous, réinitialisez votre mot de passe maintenant et contactez votre administrateur.',
      bodySessions_many:
        'Le mot de passe de votre compte du portail client a été modifié et {{count}} sessions ont été déconnectées. Si ce n’était pas vous, réinitialisez votre mot de passe maintenant et contactez votre administrateur.',
      bodySessions_other:
        'Le mot de passe de votre compte du portail client a été modifié et {{count}} sessions ont été déconnectées. Si ce n’était pas vous, réinitialisez votre mot de passe maintenant et contactez votre administrateur.',
    },
    newSignIn: {
      title: 'Nouvelle connexion à votre compte',
      body: 'Votre compte s’est connecté depuis {{device}} à l’adresse {{ip}} le {{when}}. Si c’était vous, il n’y a rien à faire. Sinon, changez votre mot de passe et déconnectez vos autres sessions.',
    },
    licenseExpiring: {
      titleExpired: 'La licence {{product}} a expiré',
      titleToday: 'La licence {{product}} expire aujourd’hui',
      titleDays_one: 'La licence {{product}} expire dans {{count}} jour',
      titleDays_many: 'La licence {{product}} expire dans {{count}} jours',
      titleDays_other: 'La licence {{product}} expire dans {{count}} jours',
      bodyExpired:
        'La licence {{product}} se terminant par {{last4}} de {{organization}} a expiré ({{date}}). Contactez votre fournisseur pour la renouveler.',
      bodyToday:
        'La licence {{product}} se terminant par {{last4}} de {{organization}} expire aujourd’hui ({{date}}). Contactez votre fournisseur pour la renouveler.',
      bodyDays_one:
        'La licence {{product}} se terminant par {{last4}} de {{organization}} expire dans {{count}} jour ({{date}}). Contactez votre fournisseur pour la renouveler.',
      bodyDays_many:
        'La licence {{product}} se terminant par {{last4}} de {{organization}} expire dans {{count}} jours ({{date}}). Contactez votre fournisseur pour la renouveler.',
      bodyDays_other:
        'La licence {{product}} se terminant par {{last4}} de {{organization}} expire dans {{count}} jours ({{date}}). Contactez votre fournisseur pour la renouveler.',
    },
    seatsOver90: {
      title: '{{product}} : {{used}} postes sur {{seats}} utilisés',
      body: 'La licence {{product}} se terminant par {{last4}} de {{organization}} utilise {{used}} de ses {{seats}} postes, plus de 90 %. Libérez des postes sur la page Activations ou demandez-en davantage à votre fournisseur.',
    },
    heartbeatLost: {
      title: '{{product}} sur {{host}} n’envoie plus de signal de vie',
      body: 'L’activation de {{product}} sur {{host}} de {{organization}} ne s’est pas manifestée depuis le {{since}} et n’est plus considérée comme active.',
      bodyNever:
        'L’activation de {{product}} sur {{host}} de {{organization}} ne s’est pas manifestée depuis son activation et n’est plus considérée comme active.',
    },
    newRelease: {
      title: '{{product}} {{version}} est disponible',
      body: '{{product}} {{version}} ({{channel}}) a été publié le {{date}}. {{organization}} possède une licence pour ce produit : téléchargez-le depuis la page Téléchargements.',
    },
  },
  labels: {
    role: { admin: 'Administrateur', viewer: 'Lecteur' },
    channel: { stable: 'Stable', beta: 'Bêta' },
    topic: {
      licenseExpiring30: 'Licences 30 jours avant expiration',
      licenseExpiring15: 'Licences 15 jours avant expiration',
      licenseExpiring0: 'Licences le jour de l’expiration',
      seatsOver90: 'Plus de 90 % des postes d’une licence utilisés',
      heartbeatLost: 'Une activation n’envoie plus de signal de vie',
      newRelease: 'Nouvelle version d’un de vos produits',
      newSignIn: 'Connexion depuis un nouvel appareil ou une nouvelle adresse',
      passwordChanged: 'Mot de passe modifié',
    },
  },
  unsubscribe: {
    title: 'Se désabonner',
    question: 'Ne plus envoyer d’e-mails sur « {{topic}} » à {{email}} ?',
    explain:
      'La notification reste visible dans le portail si elle y est activée. Vous pouvez réactiver les e-mails dans vos paramètres de notification.',
    button: 'Se désabonner',
    doneTitle: 'Désabonnement effectué',
    done: '{{email}} ne recevra plus d’e-mails sur « {{topic}} ».',
    invalidTitle: 'Ce lien ne fonctionne pas',
    invalid:
      'Ce lien de désabonnement n’est pas valide. Connectez-vous au portail client et modifiez vos e-mails dans les paramètres de notification.',
    settings: 'Paramètres de notification',
  },
  csv: {
    audit: {
      dateTime: 'Date et heure ({{timeZone}})',
      message: 'Message',
      type: 'Type',
      user: 'Utilisateur',
      userId: 'ID utilisateur',
      action: 'Action',
      ip: 'Adresse IP',
      targetType: 'Type de cible',
      targetId: 'ID de cible',
      occurredAtUtc: 'Survenu le (UTC)',
      eventId: 'ID d’événement',
    },
    activations: {
      activatedAtUtc: 'Date d’activation (UTC)',
      activatedAtZone: 'Date d’activation ({{timeZone}})',
      productName: 'Nom du produit',
      projectName: 'Nom du projet',
      projectManager: 'Chef de projet',
      activatedBy: 'Activé par',
      entitlementId: 'ID du droit',
      serialNumber: 'Numéro de série',
      kind: 'Type',
      identifier: 'Identifiant',
      hostname: 'Nom d’hôte',
      platform: 'Plateforme',
      seats: 'Postes',
      status: 'Statut',
      lastHeartbeatUtc: 'Dernier signal de vie (UTC)',
      deactivatedAtUtc: 'Désactivé le (UTC)',
      deactivatedAtZone: 'Désactivé le ({{timeZone}})',
      deactivatedBy: 'Désactivé par',
      activationId: 'ID d’activation',
    },
  },
  ...frPortalWords,
};
