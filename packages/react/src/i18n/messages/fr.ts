import type { Messages } from './en.js';

export const fr: Messages = {
  // shared
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.retry': 'Réessayer',
  'common.save': 'Enregistrer',
  'common.saving': 'Enregistrement…',
  'common.loading': 'Chargement…',
  'common.optional': 'facultatif',
  'common.required': 'obligatoire',

  // ClientForm
  'clientForm.title.create': 'Nouveau client',
  'clientForm.title.edit': 'Modifier le client',
  'clientForm.name.label': 'Nom du client',
  'clientForm.name.hint': 'Le nom de l’entreprise que verront votre équipe et le client.',
  'clientForm.referenceId.label': 'ID de référence',
  'clientForm.referenceId.hint':
    'Votre propre identifiant pour ce client, par exemple celui de votre ERP. Il sert aussi d’ID d’intégration Pressero.',
  'clientForm.description.label': 'Description',
  'clientForm.description.hint': 'Notes pour votre équipe.',
  'clientForm.submit.create': 'Créer le client',
  'clientForm.submit.edit': 'Enregistrer les modifications',
  'clientForm.submitting.create': 'Création…',
  'clientForm.submitting.edit': 'Enregistrement…',
  'clientForm.success.create': 'Le client « {name} » a été créé.',
  'clientForm.success.edit': 'Modifications enregistrées.',
  'clientForm.loadError': 'Impossible de charger le client.',

  // field validation (by zod issue code or API code)
  'validation.required': 'Ce champ est obligatoire.',
  'validation.tooLong': 'Utilisez {max} caractères au maximum.',
  'validation.tooShort': 'Utilisez au moins {min} caractères.',
  'validation.email': 'Saisissez une adresse e-mail valide, par exemple nom@example.com.',
  'validation.referenceId':
    'Utilisez uniquement des lettres, des chiffres et les caractères . _ : / -, en commençant par une lettre ou un chiffre.',
  'validation.invalid': 'Cette valeur n’est pas valide.',

  // AccessToggle
  'access.title': 'Accès à Storefronts',
  'access.description':
    'Permet à ce client de se connecter pour relier ses boutiques, associer ses produits au catalogue et suivre ses commandes.',
  'access.switchLabel': 'Accès à Storefronts pour {client}',
  'access.state.off': 'Désactivé',
  'access.state.invited': 'Invitation envoyée',
  'access.state.active': 'Actif',
  'access.state.expired': 'Invitation expirée',
  'access.admin': 'Administrateur',
  'access.invitedOn': 'Invitation envoyée le {date}',
  'access.expiresOn': 'Lien valable jusqu’au {date}',
  'access.expiredOn': 'Le lien a expiré le {date}. Envoyez-en un nouveau.',
  'access.activeSince': 'Actif depuis le {date}',
  'access.resend': 'Renvoyer l’invitation',
  'access.resending': 'Envoi…',
  'access.resent': 'Une nouvelle invitation a été envoyée à {email}.',
  'access.enable.title': 'Activer l’accès à Storefronts',
  'access.enable.description':
    'Nous enverrons une invitation par e-mail à l’administrateur du client. Il pourra ensuite inviter sa propre équipe.',
  'access.enable.email': 'E-mail de l’administrateur',
  'access.enable.firstName': 'Prénom',
  'access.enable.lastName': 'Nom',
  'access.enable.submit': 'Envoyer l’invitation',
  'access.enable.submitting': 'Envoi…',
  'access.disable.title': 'Désactiver l’accès à Storefronts ?',
  'access.disable.description':
    '{client} et son équipe perdront immédiatement l’accès. Les invitations en attente ne fonctionneront plus. Les utilisateurs, les boutiques et l’historique sont conservés, et vous pourrez réactiver l’accès plus tard.',
  'access.disable.confirm': 'Désactiver l’accès',
  'access.disable.submitting': 'Désactivation…',
  'access.enabled': 'L’accès est activé. Une invitation a été envoyée à {email}.',
  'access.disabled': 'L’accès est désactivé.',
  'access.loadError': 'Impossible de charger les paramètres d’accès.',

  // Invitation acceptance
  'invitation.title': 'Rejoindre {client}',
  'invitation.body':
    '{provider} a invité {email} à gérer les boutiques de {client} avec le rôle {role}.',
  'invitation.accept': 'Accepter l’invitation',
  'invitation.accepting': 'Acceptation…',
  'invitation.accepted': 'C’est fait ! Votre accès à {client} est actif.',
  'invitation.invalid.title': 'Ce lien d’invitation ne fonctionne pas',
  'invitation.invalid.hint':
    'Demandez à la personne qui vous a invité de vous envoyer une nouvelle invitation.',
  'invitation.status.expired':
    'Cette invitation a expiré. Demandez à {provider} de vous en envoyer une nouvelle.',
  'invitation.status.accepted': 'Cette invitation a déjà été acceptée.',
  'invitation.status.revoked':
    'Cette invitation n’est plus valable. Une invitation plus récente a peut-être été envoyée.',

  // roles
  'role.admin': 'Administrateur',
  'role.store_manager': 'Gestionnaire de boutiques',
  'role.order_manager': 'Gestionnaire de commandes',
  'role.viewer': 'Lecture seule',

  // UserManager
  'users.title': 'Équipe',
  'users.description':
    'Les personnes qui peuvent se connecter au compte de ce client et ce que chacune d’elles peut faire.',
  'users.invite': 'Inviter des personnes',
  'users.column.name': 'Nom',
  'users.column.role': 'Rôle',
  'users.column.status': 'Statut',
  'users.column.actions': 'Actions',
  'users.status.active': 'Actif',
  'users.status.invited': 'Invitation envoyée',
  'users.status.expired': 'Invitation expirée',
  'users.you': 'vous',
  'users.stores': 'Boutiques : {stores}',
  'users.noStores': 'Aucune boutique attribuée',
  'users.empty':
    'Aucun membre dans l’équipe pour l’instant. Invitez les personnes qui gèrent les boutiques et les commandes.',
  'users.loadMore': 'Afficher plus',
  'users.readOnly': 'Seuls les administrateurs peuvent modifier l’équipe.',
  'users.count_one': '{count} personne',
  'users.count_other': '{count} personnes',
  'users.action.changeRole': 'Modifier le rôle',
  'users.action.resend': 'Renvoyer l’invitation',
  'users.action.revoke': 'Révoquer l’invitation',
  'users.action.remove': 'Retirer',
  'users.actionsFor': 'Actions pour {name}',
  'users.role.admin.hint': 'Tout ce qui concerne ce compte, y compris l’équipe.',
  'users.role.store_manager.hint': 'Les boutiques attribuées ci-dessous et leurs produits.',
  'users.role.order_manager.hint': 'Les commandes uniquement.',
  'users.role.viewer.hint': 'Voit tout, ne modifie rien.',
  'users.inviteDialog.title': 'Inviter des personnes',
  'users.inviteDialog.description':
    'Chaque personne reçoit un e-mail contenant un lien pour rejoindre l’équipe. Les liens expirent au bout de 7 jours.',
  'users.inviteDialog.person': 'Personne {number}',
  'users.inviteDialog.email': 'E-mail',
  'users.inviteDialog.firstName': 'Prénom',
  'users.inviteDialog.lastName': 'Nom',
  'users.inviteDialog.addPerson': 'Ajouter une autre personne',
  'users.inviteDialog.removePerson': 'Retirer la personne {number}',
  'users.inviteDialog.role': 'Rôle',
  'users.inviteDialog.stores': 'Boutiques gérées',
  'users.inviteDialog.noStores':
    'Ce client n’a pas encore de boutique. Connectez d’abord une boutique ou choisissez un autre rôle.',
  'users.inviteDialog.submit_one': 'Envoyer l’invitation',
  'users.inviteDialog.submit_other': 'Envoyer {count} invitations',
  'users.inviteDialog.sending': 'Envoi…',
  'users.inviteDialog.partial':
    'Invitations envoyées : {sent}. Corrigez les personnes mises en évidence, puis renvoyez les invitations.',
  'users.invited_one': 'Invitation envoyée à {email}.',
  'users.invited_other': '{count} invitations envoyées.',
  'users.roleDialog.title': 'Modifier le rôle de {name}',
  'users.roleDialog.submit': 'Enregistrer le rôle',
  'users.roleChanged': '{name} a désormais le rôle {role}.',
  'users.removeDialog.title': 'Retirer {name} ?',
  'users.removeDialog.description':
    '{name} perdra immédiatement l’accès. Vous pourrez lui envoyer une nouvelle invitation plus tard.',
  'users.removeDialog.confirm': 'Retirer',
  'users.revokeDialog.title': 'Révoquer l’invitation envoyée à {email} ?',
  'users.revokeDialog.description': 'Le lien reçu par e-mail ne fonctionnera plus.',
  'users.revokeDialog.confirm': 'Révoquer l’invitation',
  'users.removed': '{name} ne fait plus partie de l’équipe.',
  'users.revoked': 'L’invitation envoyée à {email} a été révoquée.',
  'users.resent': 'Une nouvelle invitation a été envoyée à {email}.',
  'validation.storesRequired': 'Choisissez au moins une boutique.',

  // generic failures outside the API's codes
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Réessayez.',
  'error.contract':
    'Le serveur a répondu de façon inattendue. Réessayez plus tard ou contactez l’assistance.',
  'error.unknown': 'Une erreur s’est produite. Réessayez.',

  // API error codes
  'error.validation_failed': 'Certains champs nécessitent votre attention.',
  'error.invalid_json': 'Impossible de lire la requête. Réessayez.',
  'error.payload_too_large': 'Trop de données pour une seule requête.',
  'error.unsupported_media_type': 'Le format de la requête n’est pas pris en charge.',
  'error.route_not_found': 'Cette fonctionnalité n’est pas disponible sur le serveur.',
  'error.method_not_allowed': 'Cette action n’est pas disponible sur le serveur.',
  'error.missing_authorization': 'Votre session est introuvable. Reconnectez-vous.',
  'error.invalid_api_key':
    'Le serveur a refusé la clé d’intégration. Contactez votre administrateur.',
  'error.invalid_session': 'Votre session n’est plus valide. Reconnectez-vous.',
  'error.session_expired': 'Votre session a expiré. Reconnectez-vous.',
  'error.forbidden': 'Vous n’avez pas l’autorisation d’effectuer cette action.',
  'error.secret_key_required': 'Cette action doit être effectuée depuis le serveur du prestataire.',
  'error.not_found': 'Élément introuvable. Il a peut-être été supprimé.',
  'error.conflict': 'Cet élément a été modifié entre-temps. Rechargez la page et réessayez.',
  'error.reference_id_taken': 'Un autre client utilise déjà cet ID de référence.',
  'error.client_archived': 'Ce client est archivé et ne peut pas être modifié.',
  'error.access_not_enabled': 'L’accès à Storefronts est désactivé pour ce client.',
  'error.access_already_enabled':
    'L’accès est déjà activé avec un autre administrateur. Désactivez-le d’abord, ou invitez cette personne en tant qu’utilisateur.',
  'error.invite_not_pending': 'L’administrateur a déjà accepté l’invitation.',
  'error.invitation_not_found':
    'Ce lien d’invitation n’est pas valide. Vérifiez que vous l’avez copié en entier.',
  'error.invitation_expired': 'Cette invitation a expiré. Demandez-en une nouvelle.',
  'error.invitation_used': 'Cette invitation a déjà été acceptée.',
  'error.invitation_revoked':
    'Cette invitation n’est plus valable. Une invitation plus récente a peut-être été envoyée.',
  'error.user_not_active': 'Cet utilisateur n’a pas encore accepté son invitation.',
  'error.email_taken': 'Un utilisateur de ce client utilise déjà cette adresse e-mail.',
  'error.last_admin': 'Chaque client doit avoir au moins un administrateur actif.',
  'error.stores_required': 'Choisissez au moins une boutique pour un gestionnaire de boutiques.',
  'error.platform_not_supported': 'Cette plateforme n’est pas prise en charge.',
  'error.invalid_shop_domain':
    'Saisissez l’adresse de la boutique, par exemple ma-boutique.myshopify.com.',
  'error.oauth_state_invalid':
    'La demande de connexion a expiré ou a été ouverte deux fois. Recommencez.',
  'error.oauth_denied': 'La connexion n’a pas été approuvée sur la plateforme.',
  'error.hmac_invalid': 'Impossible de vérifier la réponse de la plateforme. Recommencez.',
  'error.credentials_invalid':
    'La boutique a refusé ces identifiants. Vérifiez la clé et la clé secrète.',
  'error.permissions_not_granted':
    'La boutique n’a pas accordé les autorisations nécessaires. Approuvez toutes les autorisations demandées.',
  'error.plan_without_api_access': 'L’abonnement de cette boutique ne permet pas l’accès à l’API.',
  'error.reference_id_required':
    'Attribuez d’abord un ID de référence à ce client : il sert d’ID d’intégration.',
  'error.store_needs_reauth': 'Cette boutique doit être reconnectée.',
  'error.store_disconnected': 'Cette boutique est déconnectée.',
  'error.platform_unavailable':
    'La plateforme de la boutique ne répond pas. Réessayez dans quelques minutes.',
  'error.sync_in_progress': 'Une synchronisation est déjà en cours pour cette boutique.',
  'error.webhook_signature_invalid': 'La signature du webhook n’est pas valide.',
  'error.product_uid_unknown': 'Ce Product UID ne figure pas dans le catalogue.',
  'error.variant_not_found': 'Cette variante n’existe plus dans la boutique.',
  'error.file_url_invalid': 'L’adresse du fichier graphique n’est pas un lien web valide.',
  'error.csv_invalid': 'Impossible de lire ce fichier au format CSV.',
  'error.order_reference_taken': 'Une commande avec cette référence existe déjà.',
  'error.order_not_cancelable': 'Cette commande ne peut plus être annulée.',
  'error.variant_unmapped': 'Un produit de cette commande n’est pas encore associé au catalogue.',
  'error.postback_url_invalid': 'L’adresse de postback n’est pas valide.',
  'error.idempotency_key_reuse':
    'Cette requête a déjà été envoyée avec des données différentes. Rechargez la page et réessayez.',
  'error.idempotency_in_progress':
    'La même requête est toujours en cours de traitement. Patientez un instant.',
  'error.rate_limited': 'Trop de requêtes en ce moment. Réessayez dans un instant.',
  'error.internal_error':
    'Une erreur s’est produite de notre côté. Réessayez ; si le problème persiste, contactez l’assistance.',
  'error.service_unavailable':
    'Le service est momentanément indisponible. Réessayez dans un instant.',
};
