import type { SettingsMessages } from './en.js';

export const settingsFr: SettingsMessages = {
  'settings.urlInvalid': 'Saisissez une adresse web qui commence par https://.',
  'settings.urlNotAllowed':
    'Aucune requête ne peut partir vers cette adresse. Utilisez une adresse https:// publique qui répond.',
  'postbacks.title': 'Postbacks',
  'postbacks.description':
    'Vos systèmes sont informés des commandes au fil de l’eau : chaque postback est une requête HTTPS signée (Standard Webhooks), réessayée pendant trois jours en cas d’échec.',
  'postbacks.add': 'Ajouter un point de terminaison',
  'postbacks.empty':
    'Aucun point de terminaison pour l’instant. Ajoutez-en un pour recevoir les événements de commande.',
  'postbacks.events.count_one': '{count} événement',
  'postbacks.events.count_other': '{count} événements',
  'postbacks.scope.all': 'Tous les clients',
  'postbacks.scope.client': 'Client {client}',
  'postbacks.state.enabled': 'Actif',
  'postbacks.state.by_user': 'Désactivé',
  'postbacks.state.failing': 'Coupé : échecs répétés',
  'postbacks.state.gone': 'Coupé : point de terminaison disparu',
  'postbacks.failingSince':
    'Les envois échouent depuis le {date}. Il sera coupé au bout de trois jours.',
  'postbacks.disabled.failing':
    'Ce point de terminaison a été coupé car ses envois ont échoué pendant trois jours sans un seul succès. Corrigez-le, puis réactivez-le ; les envois échoués entre-temps peuvent être renvoyés depuis le journal.',
  'postbacks.disabled.gone':
    'Ce point de terminaison a été coupé car il a répondu 410 Gone. Réactivez-le dès qu’il accepte les postbacks.',
  'postbacks.enable': 'Réactiver',
  'postbacks.enableFor': 'Réactiver : {url}',
  'postbacks.edit': 'Modifier',
  'postbacks.editFor': 'Modifier {url}',
  'postbacks.rotate': 'Renouveler le secret',
  'postbacks.rotateFor': 'Renouveler le secret de {url}',
  'postbacks.test': 'Envoyer un événement de test',
  'postbacks.testFor': 'Envoyer un événement de test à {url}',
  'postbacks.testSent': 'Événement de test envoyé à {url} : {outcome}.',
  'postbacks.showLog': 'Envois',
  'postbacks.showLogFor': 'Envois vers {url}',
  'postbacks.remove': 'Supprimer',
  'postbacks.removeFor': 'Supprimer {url}',
  'postbacks.remove.title': 'Supprimer ce point de terminaison ?',
  'postbacks.remove.description':
    '{url} ne recevra plus de postbacks ; les envois encore en attente sont annulés.',
  'postbacks.remove.confirm': 'Supprimer le point de terminaison',
  'postbacks.form.createTitle': 'Ajouter un point de terminaison de postback',
  'postbacks.form.editTitle': 'Modifier le point de terminaison',
  'postbacks.form.url': 'URL du point de terminaison',
  'postbacks.form.urlHint':
    'Une adresse https:// publique sur Internet à laquelle votre système répond.',
  'postbacks.form.events': 'Événements',
  'postbacks.form.eventsHint': 'Choisissez-en au moins un.',
  'postbacks.form.allEvents': 'Tous les événements',
  'postbacks.form.enabled': 'Actif',
  'postbacks.form.enabledHint':
    'Désactivé : aucun postback n’est envoyé et rien n’est mis en attente pour lui.',
  'postbacks.form.notifyEmail': 'E-mail en cas de coupure',
  'postbacks.form.notifyEmailHint':
    'Nous écrivons à cette adresse si le point de terminaison continue d’échouer.',
  'postbacks.form.create': 'Ajouter le point de terminaison',
  'postbacks.form.eventsRequired': 'Choisissez au moins un événement.',
  'postbacks.secret.createdTitle': 'Point de terminaison ajouté : copiez son secret de signature',
  'postbacks.secret.rotatedTitle': 'Nouveau secret de signature',
  'postbacks.secret.label': 'Secret de signature',
  'postbacks.secret.once':
    'Copiez-le maintenant et conservez-le avec votre récepteur : vous ne le reverrez plus. Si vous le perdez, renouvelez le secret.',
  'postbacks.secret.overlap':
    'Jusqu’au {date}, les envois sont aussi signés avec l’ancien secret : passez votre récepteur au nouveau avant cette date.',
  'postbacks.secret.done': 'Je l’ai copié',
  'postbacks.rotate.title': 'Renouveler le secret de signature ?',
  'postbacks.rotate.description':
    'Un nouveau secret est créé et affiché une seule fois. Pendant 24 heures, chaque postback porte des signatures avec l’ancien et le nouveau secret, pour que votre récepteur continue de fonctionner pendant la bascule.',
  'postbacks.rotate.confirm': 'Renouveler le secret',
  'postbacks.rotate.pending': 'Aussi signé avec l’ancien secret jusqu’au {date}.',
  'postbacks.log.title': 'Journal des envois',
  'postbacks.log.endpoint': 'Point de terminaison',
  'postbacks.log.event': 'Événement',
  'postbacks.log.status': 'Statut',
  'postbacks.log.any': 'Tous',
  'postbacks.log.empty': 'Aucun envoi ne correspond.',
  'postbacks.log.none': 'Ajoutez un point de terminaison pour voir ses envois ici.',
  'postbacks.log.more': 'Charger plus',
  'postbacks.log.order': 'Commande {order}',
  'postbacks.log.attempts_one': '{count} tentative',
  'postbacks.log.attempts_other': '{count} tentatives',
  'postbacks.log.nextAttempt': 'Prochaine tentative le {date}',
  'postbacks.log.details': 'Détails',
  'postbacks.log.detailsFor': 'Détails de {event} du {date}',
  'postbacks.log.redeliver': 'Renvoyer',
  'postbacks.log.redeliverFor': 'Renvoyer {event} du {date}',
  'postbacks.log.redelivered': 'Renvoyé : {outcome}.',
  'postbacks.log.noAttempts': 'Pas encore tenté.',
  'postbacks.attempt.status': 'HTTP {status}',
  'postbacks.attempt.unreachable': 'Pas de réponse : {error}',
  'postbacks.attempt.duration': '{ms} ms',
  'postbacks.attempt.manual': 'envoyé à la main',
  'postbacks.attempt.scheduled': 'planifié',
  'postbacks.attempt.response': 'Réponse',
  'postbacks.delivery.pending': 'En attente',
  'postbacks.delivery.succeeded': 'Livré',
  'postbacks.delivery.failed': 'Échoué',
  'postbacks.delivery.canceled': 'Annulé',
  'postbacks.event.postback.test': 'Événement de test',
  'production.title': 'Production',
  'production.description':
    'Là où vos commandes sont fabriquées. Les commandes prêtes y partent ; l’avancement et le suivi reviennent sur la commande.',
  'production.current.none':
    'Pas encore de connexion de production : les commandes attendent que vous en choisissiez une.',
  'production.current.default':
    'Les commandes partent vers le système de production par défaut du serveur (un simulateur en développement).',
  'production.current.gelatoconnect': 'Les commandes partent vers GelatoConnect à {url}.',
  'production.current.postbacks':
    'Votre système reçoit les postbacks de commande et signale l’avancement.',
  'production.kind': 'Connexion',
  'production.kind.gelatoconnect': 'GelatoConnect',
  'production.kind.gelatoconnectHint':
    'Les commandes sont soumises à un connecteur API GelatoConnect ; ses postbacks de statut reviennent.',
  'production.kind.postbacks': 'Postbacks et API de statut',
  'production.kind.postbacksHint':
    'Tout autre système : abonnez un point de terminaison à order.received ci-dessous et signalez l’avancement avec POST /v1/orders/{id}/events.',
  'production.orderUrl': 'URL de commande',
  'production.orderUrlHint':
    'L’adresse de commande du connecteur (Order Intake → Connectors → API Connector), qui se termine par /order.',
  'production.apiKey': 'Clé API',
  'production.apiKeyHint':
    'key:secret du connecteur. Elle est stockée chiffrée et n’est jamais affichée.',
  'production.apiKeySaved':
    'La clé enregistrée se termine par {last4}. Saisissez-la de nouveau pour enregistrer des changements : elle n’est jamais réaffichée.',
  'production.save': 'Enregistrer la connexion',
  'production.saved': 'Connexion de production enregistrée.',
  'production.statusUrl': 'URL de statut pour GelatoConnect',
  'production.statusUrlHint':
    'Indiquez-la comme URL de postback du connecteur. Elle n’est affichée qu’une fois : enregistrer à nouveau en crée une nouvelle et l’ancienne cesse de fonctionner.',
  'production.noTest':
    'Envoyez une commande de test depuis une boutique pour vérifier la connexion : elle part en brouillon et n’est jamais produite.',
};
