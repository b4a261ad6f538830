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
  'users.shown_one': '{count} personne affichée',
  'users.shown_other': '{count} personnes affichées',
  'users.lastAdmin':
    'Seul administrateur actif : nommez quelqu’un d’autre administrateur avant de changer ce rôle.',
  'users.removeSelfDialog.title': 'Quitter cette équipe ?',
  'users.removeSelfDialog.description':
    'Vous perdez aussitôt l’accès à ce client. Un autre administrateur peut vous inviter à nouveau.',
  'users.roleDialog.selfWarning':
    'C’est votre propre rôle : sans Administrateur, vous ne pourrez plus modifier l’équipe.',
  'validation.storesRequired': 'Choisissez au moins une boutique.',

  // StoreConnectButton and StoreList
  'stores.platform.shopify': 'Shopify',
  'stores.platform.etsy': 'Etsy',
  'stores.platform.woocommerce': 'WooCommerce',
  'stores.platform.pressero': 'Pressero',
  'stores.platform.manual': 'Boutique manuelle',
  'stores.platform.shopify.description': 'Approuvez la connexion dans l’admin Shopify.',
  'stores.platform.etsy.description': 'Connectez-vous à Etsy et choisissez votre boutique.',
  'stores.platform.woocommerce.description':
    'Approuvez dans WordPress ou collez des clés d’API REST.',
  'stores.platform.pressero.description':
    'Connectez un site Pressero avec un identifiant administrateur.',
  'stores.platform.manual.description':
    'Sans plateforme : ajoutez les commandes à la main ou par CSV.',
  'stores.status.connecting': 'Connexion en cours',
  'stores.status.connected': 'Connectée',
  'stores.status.needs_reauth': 'À reconnecter',
  'stores.status.error': 'Erreur de connexion',
  'stores.status.disconnected': 'Déconnectée',
  'stores.reason.token_revoked': 'La plateforme a révoqué l’accès.',
  'stores.reason.token_expired': 'L’accès a expiré.',
  'stores.reason.app_uninstalled': 'L’app a été désinstallée de la boutique.',
  'stores.reason.credentials_invalid': 'La boutique a refusé les identifiants.',
  'stores.reason.credentials_rejected':
    'La connexion a été refusée ; le mot de passe a peut-être changé.',
  'stores.reason.credentials_unreadable': 'Les identifiants enregistrés ne peuvent plus être lus.',
  'stores.reason.credentials_missing': 'Aucun identifiant n’est enregistré pour cette boutique.',
  'stores.reason.keys_revoked': 'Les clés d’API ont été révoquées dans WooCommerce.',
  'stores.reason.read_only_key': 'La clé d’API est en lecture seule ; il faut Lecture/Écriture.',
  'stores.reason.permissions_not_granted': 'Certaines autorisations n’ont pas été accordées.',
  'stores.reason.plan_without_api_access':
    'Le forfait de la boutique ne permet pas l’accès à l’API.',
  'stores.reason.oauth_denied': 'La connexion a été refusée sur la plateforme.',
  'stores.reason.shop_missing': 'Ce compte n’a pas de boutique.',
  'stores.reason.shop_not_found': 'La boutique n’existe plus.',
  'stores.reason.site_not_found': 'Le site n’existe plus.',
  'stores.reason.rest_api_unavailable': 'L’API REST de la boutique est injoignable.',
  'stores.reason.api_key_refused': 'La plateforme a refusé la clé d’app de ce serveur.',
  'stores.reason.other': 'Motif : {reason}.',
  'stores.advice.credentials_invalid':
    'Recopiez la clé et le secret, sans espaces, ou créez une nouvelle paire de clés et réessayez.',
  'stores.advice.credentials_invalid.pressero':
    'Connectez-vous à l’admin Pressero avec le même identifiant et mot de passe pour les vérifier, puis réessayez.',
  'stores.advice.permissions_not_granted':
    'Acceptez toutes les autorisations demandées. Pour des clés WooCommerce, choisissez l’accès Lecture/Écriture.',
  'stores.advice.plan_without_api_access':
    'Vérifiez que la boutique est active et que son forfait inclut l’accès à l’API, puis réessayez.',
  'stores.advice.oauth_denied':
    'Rien n’a été connecté. Réessayez et choisissez Approuver quand la plateforme le demande.',
  'stores.advice.oauth_state_invalid':
    'La demande était trop ancienne ou déjà utilisée. Recommencez et terminez en moins de 10 minutes.',
  'stores.advice.invalid_shop_domain':
    'Vérifiez l’adresse : ouvrez votre boutique dans un navigateur et copiez-la depuis la barre d’adresse.',
  'stores.advice.platform_unavailable':
    'La plateforme ne répond pas pour le moment. Patientez quelques minutes et réessayez.',
  'stores.advice.platform_not_supported': 'Demandez à votre imprimeur d’activer cette plateforme.',
  'stores.advice.reference_id_required':
    'Votre imprimeur attribue l’ID de référence au client. Demandez-le-lui, puis reconnectez.',
  'stores.advice.popup_closed':
    'Réessayez et gardez la fenêtre ouverte jusqu’à ce qu’elle indique que la boutique est connectée.',
  'stores.connect.button': 'Connecter une boutique',
  'stores.connect.reconnect': 'Reconnecter',
  'stores.connect.title': 'Connecter une boutique',
  'stores.connect.titleFor': 'Connecter une boutique {platform}',
  'stores.connect.titleManual': 'Ajouter une boutique manuelle',
  'stores.connect.reconnectTitle': 'Reconnecter {name}',
  'stores.connect.pickPlatform': 'Où vendez-vous ?',
  'stores.connect.continue': 'Continuer',
  'stores.connect.continueTo': 'Continuer vers {platform}',
  'stores.connect.back': 'Retour',
  'stores.connect.submit': 'Connecter la boutique',
  'stores.connect.createManual': 'Créer la boutique',
  'stores.connect.checking': 'Vérification…',
  'stores.connect.waiting': 'En attente de votre approbation dans la fenêtre {platform}…',
  'stores.connect.waitingHint':
    'Vous ne voyez pas la fenêtre ? Elle est peut-être derrière celle-ci : rouvrez-la.',
  'stores.connect.redirecting': 'Redirection vers {platform}…',
  'stores.connect.reopen': 'Rouvrir la fenêtre',
  'stores.connect.exchanging': 'Finalisation de la connexion…',
  'stores.connect.connected': '{name} est connectée. Ses produits sont en cours d’import.',
  'stores.connect.createdManual': '{name} a été créée.',
  'stores.connect.failed': 'La boutique n’a pas pu être connectée',
  'stores.connect.popupClosed': 'La fenêtre a été fermée avant la fin de la connexion.',
  'stores.connect.done': 'Terminé',
  'stores.shopify.instructions':
    'Vous approuverez la connexion dans l’admin Shopify, dans une nouvelle fenêtre.',
  'stores.etsy.instructions':
    'Vous vous connecterez à Etsy dans une nouvelle fenêtre et choisirez la boutique à connecter.',
  'stores.woocommerce.how': 'Comment voulez-vous la connecter ?',
  'stores.woocommerce.approve': 'Approuver dans WooCommerce',
  'stores.woocommerce.approve.description':
    'Recommandé : votre boutique crée les clés une fois que vous avez approuvé.',
  'stores.woocommerce.keys': 'Saisir des clés d’API',
  'stores.woocommerce.keys.description':
    'Collez une clé client et un secret client que vous avez créés.',
  'stores.woocommerce.keysHowTo':
    'Dans WordPress, ouvrez WooCommerce › Réglages › Avancé › API REST › Ajouter une clé, choisissez Lecture/Écriture, puis collez ici la clé et le secret.',
  'stores.pressero.licence':
    'Connecter Pressero nécessite une licence d’API Aleyant pour votre imprimeur.',
  'stores.pressero.login':
    'Utilisez un identifiant administrateur Pressero qui a accès à ce site. Il est vérifié auprès de Pressero et stocké chiffré.',
  'stores.pressero.webhookSetup':
    'Pour recevoir les commandes, ajoutez un webhook dans Pressero sous Preferences › Webhooks avec ces valeurs.',
  'stores.pressero.integrationId': 'ID d’intégration',
  'stores.pressero.webhookUrl': 'URL du webhook',
  'stores.pressero.webhookSecret': 'Secret du webhook (Security Key)',
  'stores.pressero.shownOnce':
    'Copiez le secret du webhook maintenant : il ne s’affiche qu’une fois. Si vous le perdez, demandez-en un nouveau.',
  'stores.pressero.secretKept':
    'La Security Key déjà collée dans Pressero reste valable : vérifiez seulement que le webhook utilise cette URL et cet ID d’intégration.',
  'stores.copy': 'Copier',
  'stores.copy.label': 'Copier {label}',
  'stores.copy.done': '{label} copié.',
  'stores.copy.failed': 'La copie a échoué. Sélectionnez le texte et copiez-le vous-même.',
  'stores.validation.url': 'Saisissez l’adresse complète, commençant par https://.',
  'stores.field.shopify.shop': 'Adresse de la boutique',
  'stores.field.shopify.shop.hint': 'Par exemple ma-boutique ou ma-boutique.myshopify.com.',
  'stores.field.shopify.shop.format':
    'Saisissez l’adresse myshopify.com de la boutique, comme ma-boutique.myshopify.com.',
  'stores.field.woocommerce.url': 'Adresse de la boutique',
  'stores.field.woocommerce.url.hint':
    'L’adresse de votre site WordPress, comme https://boutique.exemple.com.',
  'stores.field.woocommerce.consumerKey': 'Clé client',
  'stores.field.woocommerce.consumerKey.hint': 'Commence par ck_.',
  'stores.field.woocommerce.consumerKey.format':
    'Une clé client est ck_ suivi de 40 lettres et chiffres.',
  'stores.field.woocommerce.consumerSecret': 'Secret client',
  'stores.field.woocommerce.consumerSecret.format':
    'Un secret client est cs_ suivi de 40 lettres et chiffres.',
  'stores.field.woocommerce.refused': 'La boutique a refusé cette clé ou ce secret.',
  'stores.field.woocommerce.unreachable': 'Aucune boutique WooCommerce ne répond à cette adresse.',
  'stores.field.pressero.siteUrl': 'Adresse du site',
  'stores.field.pressero.siteUrl.hint':
    'Votre boutique Pressero, comme https://imprimerie.exemple.com.',
  'stores.field.pressero.username': 'Identifiant administrateur',
  'stores.field.pressero.username.hint':
    'L’e-mail avec lequel vous vous connectez à l’admin Pressero.',
  'stores.field.pressero.password': 'Mot de passe',
  'stores.field.pressero.refused': 'Pressero a refusé cet identifiant ou ce mot de passe.',
  'stores.field.pressero.unreachable':
    'Aucun site Pressero ne répond à cette adresse pour cet administrateur.',
  'stores.field.manual.name': 'Nom de la boutique',
  'stores.field.manual.name.hint':
    'Le nom sous lequel votre équipe reconnaîtra cette boutique, par exemple « Comptoir ».',
  'stores.list.title': 'Boutiques',
  'stores.list.description':
    'Les boutiques en ligne connectées, avec leurs produits et l’état de synchronisation.',
  'stores.list.count_one': '{count} boutique',
  'stores.list.count_other': '{count} boutiques',
  'stores.list.empty': 'Aucune boutique n’est encore connectée.',
  'stores.list.emptyConnect':
    'Aucune boutique pour l’instant. Connectez la première pour importer ses produits.',
  'stores.list.lastSync': 'Synchronisée {when}',
  'stores.list.neverSynced': 'Pas encore synchronisée',
  'stores.list.products': 'Produits',
  'stores.list.variants': 'Variantes',
  'stores.list.mapped': 'Associées',
  'stores.list.actionsFor': 'Actions pour {name}',
  'stores.list.sync': 'Synchroniser les produits',
  'stores.list.syncing': 'Synchronisation…',
  'stores.list.queued': 'En attente de démarrage…',
  'stores.list.progressLabel': 'Synchronisation des produits de {name}',
  'stores.list.progress': '{done} variantes sur {total}',
  'stores.list.progressUnknown': '{done} variantes pour l’instant',
  'stores.list.synced': '{name} est à jour.',
  'stores.list.syncFailed': 'La dernière synchronisation a échoué : {reason}',
  'stores.list.verify': 'Vérifier la connexion',
  'stores.list.verified': '{name} est connectée et fonctionne.',
  'stores.list.verifyFailed': '{name} ne fonctionne pas : {reason}',
  'stores.list.disconnect': 'Déconnecter',
  'stores.list.disconnected': '{name} a été déconnectée.',
  'stores.disconnectDialog.title': 'Déconnecter {name} ?',
  'stores.disconnectDialog.description':
    'Vitrine oublie les identifiants de la boutique et arrête la synchronisation. Ses produits, associations et commandes sont conservés, et vous pourrez la reconnecter plus tard.',
  'stores.disconnectDialog.confirm': 'Déconnecter',

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
  'error.file_type_unsupported':
    'Ce type de fichier n’est pas accepté : utilisez PDF, PNG, JPEG ou SVG.',
  'error.print_area_invalid':
    'Ces fichiers ne correspondent pas aux zones d’impression du produit du catalogue.',
  'error.print_specs_invalid':
    'Ces spécifications d’impression ne sont pas disponibles pour ce produit.',
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
