import type { Messages } from './en.js';

export const de: Messages = {
  // shared
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.retry': 'Erneut versuchen',
  'common.save': 'Speichern',
  'common.saving': 'Wird gespeichert…',
  'common.loading': 'Wird geladen…',
  'common.optional': 'optional',
  'common.required': 'erforderlich',

  // ClientForm
  'clientForm.title.create': 'Neuer Kunde',
  'clientForm.title.edit': 'Kunde bearbeiten',
  'clientForm.name.label': 'Kundenname',
  'clientForm.name.hint': 'Der Firmenname, den Ihr Team und der Kunde sehen.',
  'clientForm.referenceId.label': 'Referenz-ID',
  'clientForm.referenceId.hint':
    'Ihre eigene ID für diesen Kunden, z. B. aus Ihrem ERP. Sie wird auch als Pressero-Integrations-ID verwendet.',
  'clientForm.description.label': 'Beschreibung',
  'clientForm.description.hint': 'Notizen für Ihr Team.',
  'clientForm.submit.create': 'Kunde anlegen',
  'clientForm.submit.edit': 'Änderungen speichern',
  'clientForm.submitting.create': 'Wird angelegt…',
  'clientForm.submitting.edit': 'Wird gespeichert…',
  'clientForm.success.create': 'Kunde „{name}“ angelegt.',
  'clientForm.success.edit': 'Änderungen gespeichert.',
  'clientForm.loadError': 'Der Kunde konnte nicht geladen werden.',

  // field validation (by zod issue code or API code)
  'validation.required': 'Dieses Feld ist erforderlich.',
  'validation.tooLong': 'Verwenden Sie höchstens {max} Zeichen.',
  'validation.tooShort': 'Verwenden Sie mindestens {min} Zeichen.',
  'validation.email': 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
  'validation.referenceId':
    'Verwenden Sie nur Buchstaben, Ziffern und . _ : / - und beginnen Sie mit einem Buchstaben oder einer Ziffer.',
  'validation.invalid': 'Dieser Wert ist ungültig.',

  // AccessToggle
  'access.title': 'Storefronts-Zugang',
  'access.description':
    'Ermöglicht diesem Kunden die Anmeldung, um Shops zu verbinden, Produkte dem Katalog zuzuordnen und Bestellungen zu verfolgen.',
  'access.switchLabel': 'Storefronts-Zugang für {client}',
  'access.state.off': 'Aus',
  'access.state.invited': 'Einladung gesendet',
  'access.state.active': 'Aktiv',
  'access.state.expired': 'Einladung abgelaufen',
  'access.admin': 'Admin',
  'access.invitedOn': 'Einladung gesendet am {date}',
  'access.expiresOn': 'Link gültig bis {date}',
  'access.expiredOn': 'Der Link ist am {date} abgelaufen. Senden Sie einen neuen.',
  'access.activeSince': 'Aktiv seit {date}',
  'access.resend': 'Einladung erneut senden',
  'access.resending': 'Wird gesendet…',
  'access.resent': 'Eine neue Einladung wurde an {email} gesendet.',
  'access.enable.title': 'Storefronts-Zugang aktivieren',
  'access.enable.description':
    'Wir senden dem Admin des Kunden eine Einladung per E-Mail. Der Admin kann anschließend das eigene Team einladen.',
  'access.enable.email': 'E-Mail-Adresse des Admins',
  'access.enable.firstName': 'Vorname',
  'access.enable.lastName': 'Nachname',
  'access.enable.submit': 'Einladung senden',
  'access.enable.submitting': 'Wird gesendet…',
  'access.disable.title': 'Storefronts-Zugang deaktivieren?',
  'access.disable.description':
    '{client} und das zugehörige Team verlieren sofort den Zugang. Ausstehende Einladungen werden ungültig. Benutzer, Shops und Verlauf bleiben erhalten, und Sie können den Zugang später wieder aktivieren.',
  'access.disable.confirm': 'Zugang deaktivieren',
  'access.disable.submitting': 'Wird deaktiviert…',
  'access.enabled': 'Der Zugang ist aktiviert. Eine Einladung wurde an {email} gesendet.',
  'access.disabled': 'Der Zugang ist deaktiviert.',
  'access.loadError': 'Die Zugangseinstellungen konnten nicht geladen werden.',

  // Invitation acceptance
  'invitation.title': '{client} beitreten',
  'invitation.body':
    '{provider} hat {email} eingeladen, die Shops von {client} mit der Rolle „{role}“ zu verwalten.',
  'invitation.accept': 'Einladung annehmen',
  'invitation.accepting': 'Wird angenommen…',
  'invitation.accepted': 'Willkommen! Ihr Zugang zu {client} ist jetzt aktiv.',
  'invitation.invalid.title': 'Dieser Einladungslink funktioniert nicht',
  'invitation.invalid.hint':
    'Bitten Sie die Person, die Sie eingeladen hat, Ihnen eine neue Einladung zu senden.',
  'invitation.status.expired':
    'Diese Einladung ist abgelaufen. Bitten Sie {provider} um eine neue.',
  'invitation.status.accepted': 'Diese Einladung wurde bereits angenommen.',
  'invitation.status.revoked':
    'Diese Einladung ist nicht mehr gültig. Möglicherweise wurde eine neuere gesendet.',

  // roles
  'role.admin': 'Admin',
  'role.store_manager': 'Shop-Manager',
  'role.order_manager': 'Bestellmanager',
  'role.viewer': 'Nur Lesen',

  // UserManager
  'users.title': 'Team',
  'users.description':
    'Personen, die sich für diesen Kunden anmelden können, und was jede Person tun darf.',
  'users.invite': 'Personen einladen',
  'users.column.name': 'Name',
  'users.column.role': 'Rolle',
  'users.column.status': 'Status',
  'users.column.actions': 'Aktionen',
  'users.status.active': 'Aktiv',
  'users.status.invited': 'Einladung gesendet',
  'users.status.expired': 'Einladung abgelaufen',
  'users.you': 'Sie',
  'users.stores': 'Shops: {stores}',
  'users.noStores': 'Keine Shops zugewiesen',
  'users.empty':
    'Noch keine Teammitglieder. Laden Sie die Personen ein, die sich um die Shops und Bestellungen kümmern.',
  'users.loadMore': 'Mehr anzeigen',
  'users.readOnly': 'Nur Admins können das Team ändern.',
  'users.count_one': '{count} Person',
  'users.count_other': '{count} Personen',
  'users.action.changeRole': 'Rolle ändern',
  'users.action.resend': 'Einladung erneut senden',
  'users.action.revoke': 'Einladung widerrufen',
  'users.action.remove': 'Entfernen',
  'users.actionsFor': 'Aktionen für {name}',
  'users.role.admin.hint': 'Alles in diesem Konto, einschließlich des Teams.',
  'users.role.store_manager.hint': 'Die unten zugewiesenen Shops und deren Produkte.',
  'users.role.order_manager.hint': 'Nur Bestellungen.',
  'users.role.viewer.hint': 'Sieht alles, ändert nichts.',
  'users.inviteDialog.title': 'Personen einladen',
  'users.inviteDialog.description':
    'Jede Person erhält eine E-Mail mit einem Link zum Beitreten. Die Links sind 7 Tage lang gültig.',
  'users.inviteDialog.person': 'Person {number}',
  'users.inviteDialog.email': 'E-Mail-Adresse',
  'users.inviteDialog.firstName': 'Vorname',
  'users.inviteDialog.lastName': 'Nachname',
  'users.inviteDialog.addPerson': 'Weitere Person hinzufügen',
  'users.inviteDialog.removePerson': 'Person {number} entfernen',
  'users.inviteDialog.role': 'Rolle',
  'users.inviteDialog.stores': 'Verwaltete Shops',
  'users.inviteDialog.noStores':
    'Dieser Kunde hat noch keine Shops. Verbinden Sie zuerst einen Shop oder wählen Sie eine andere Rolle.',
  'users.inviteDialog.submit_one': 'Einladung senden',
  'users.inviteDialog.submit_other': '{count} Einladungen senden',
  'users.inviteDialog.sending': 'Wird gesendet…',
  'users.inviteDialog.partial':
    'Gesendet: {sent}. Korrigieren Sie die Angaben der markierten Personen und senden Sie erneut.',
  'users.invited_one': 'Einladung an {email} gesendet.',
  'users.invited_other': '{count} Einladungen gesendet.',
  'users.roleDialog.title': 'Rolle von {name} ändern',
  'users.roleDialog.submit': 'Rolle speichern',
  'users.roleChanged': '{name} hat jetzt die Rolle „{role}“.',
  'users.removeDialog.title': '{name} entfernen?',
  'users.removeDialog.description':
    '{name} verliert sofort den Zugang. Sie können diese Person später erneut einladen.',
  'users.removeDialog.confirm': 'Entfernen',
  'users.revokeDialog.title': 'Einladung an {email} widerrufen?',
  'users.revokeDialog.description': 'Der Link in der E-Mail funktioniert dann nicht mehr.',
  'users.revokeDialog.confirm': 'Einladung widerrufen',
  'users.removed': '{name} wurde entfernt.',
  'users.revoked': 'Die Einladung an {email} wurde widerrufen.',
  'users.resent': 'Eine neue Einladung wurde an {email} gesendet.',
  'validation.storesRequired': 'Wählen Sie mindestens einen Shop aus.',

  // generic failures outside the API's codes
  'error.network':
    'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Server hat zu lange für die Antwort gebraucht. Versuchen Sie es erneut.',
  'error.contract':
    'Der Server hat unerwartet geantwortet. Versuchen Sie es später erneut oder wenden Sie sich an den Support.',
  'error.unknown': 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',

  // API error codes
  'error.validation_failed': 'Einige Felder müssen noch überprüft werden.',
  'error.invalid_json': 'Die Anfrage konnte nicht gelesen werden. Versuchen Sie es erneut.',
  'error.payload_too_large': 'Das sind zu viele Daten für eine einzelne Anfrage.',
  'error.unsupported_media_type': 'Das Format der Anfrage wird nicht unterstützt.',
  'error.route_not_found': 'Diese Funktion ist auf dem Server nicht verfügbar.',
  'error.method_not_allowed': 'Diese Aktion ist auf dem Server nicht verfügbar.',
  'error.missing_authorization': 'Keine Sitzung gefunden. Melden Sie sich erneut an.',
  'error.invalid_api_key':
    'Der Server hat den Integrationsschlüssel abgelehnt. Wenden Sie sich an Ihren Administrator.',
  'error.invalid_session': 'Ihre Sitzung ist nicht mehr gültig. Melden Sie sich erneut an.',
  'error.session_expired': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  'error.forbidden': 'Sie haben keine Berechtigung für diese Aktion.',
  'error.secret_key_required': 'Diese Aktion muss vom Server des Anbieters aus ausgeführt werden.',
  'error.not_found': 'Das Element wurde nicht gefunden. Möglicherweise wurde es entfernt.',
  'error.conflict':
    'Dieses Element wurde zwischenzeitlich geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'error.reference_id_taken': 'Diese Referenz-ID wird bereits von einem anderen Kunden verwendet.',
  'error.client_archived': 'Dieser Kunde ist archiviert und kann nicht geändert werden.',
  'error.access_not_enabled': 'Der Storefronts-Zugang ist für diesen Kunden deaktiviert.',
  'error.access_already_enabled':
    'Der Zugang ist bereits mit einem anderen Admin aktiviert. Deaktivieren Sie ihn zuerst oder laden Sie diese Person als Benutzer ein.',
  'error.invite_not_pending': 'Der Admin hat die Einladung bereits angenommen.',
  'error.invitation_not_found':
    'Dieser Einladungslink ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben.',
  'error.invitation_expired': 'Diese Einladung ist abgelaufen. Fordern Sie eine neue an.',
  'error.invitation_used': 'Diese Einladung wurde bereits angenommen.',
  'error.invitation_revoked':
    'Diese Einladung ist nicht mehr gültig. Möglicherweise wurde eine neuere gesendet.',
  'error.user_not_active': 'Dieser Benutzer hat die Einladung noch nicht angenommen.',
  'error.email_taken':
    'Diese E-Mail-Adresse wird bereits von einem Benutzer dieses Kunden verwendet.',
  'error.last_admin': 'Jeder Kunde braucht mindestens einen aktiven Admin.',
  'error.stores_required': 'Wählen Sie für einen Shop-Manager mindestens einen Shop aus.',
  'error.platform_not_supported': 'Diese Plattform wird nicht unterstützt.',
  'error.invalid_shop_domain':
    'Geben Sie die Adresse des Shops ein, z. B. mein-shop.myshopify.com.',
  'error.oauth_state_invalid':
    'Die Verbindungsanfrage ist abgelaufen oder wurde zweimal geöffnet. Beginnen Sie von vorn.',
  'error.oauth_denied': 'Die Verbindung wurde auf der Plattform nicht genehmigt.',
  'error.hmac_invalid':
    'Die Antwort der Plattform konnte nicht verifiziert werden. Beginnen Sie von vorn.',
  'error.credentials_invalid':
    'Der Shop hat diese Zugangsdaten abgelehnt. Prüfen Sie Schlüssel und Secret.',
  'error.permissions_not_granted':
    'Der Shop hat die benötigten Berechtigungen nicht erteilt. Genehmigen Sie alle angeforderten Berechtigungen.',
  'error.plan_without_api_access': 'Der Tarif dieses Shops erlaubt keinen API-Zugriff.',
  'error.reference_id_required':
    'Vergeben Sie zuerst eine Referenz-ID für diesen Kunden – sie dient als Integrations-ID.',
  'error.store_needs_reauth': 'Dieser Shop muss neu verbunden werden.',
  'error.store_disconnected': 'Dieser Shop ist nicht mehr verbunden.',
  'error.platform_unavailable':
    'Die Plattform des Shops antwortet nicht. Versuchen Sie es in einigen Minuten erneut.',
  'error.sync_in_progress': 'Für diesen Shop läuft bereits eine Synchronisierung.',
  'error.webhook_signature_invalid': 'Die Webhook-Signatur ist ungültig.',
  'error.product_uid_unknown': 'Diese Product UID ist nicht im Katalog enthalten.',
  'error.variant_not_found': 'Diese Variante existiert im Shop nicht mehr.',
  'error.file_url_invalid': 'Die Adresse der Druckdatei ist kein gültiger Weblink.',
  'error.csv_invalid': 'Die Datei konnte nicht als CSV gelesen werden.',
  'error.order_reference_taken': 'Eine Bestellung mit dieser Referenz existiert bereits.',
  'error.order_not_cancelable': 'Diese Bestellung kann nicht mehr storniert werden.',
  'error.variant_unmapped':
    'Ein Produkt dieser Bestellung ist noch keinem Katalogprodukt zugeordnet.',
  'error.postback_url_invalid': 'Die Postback-Adresse ist ungültig.',
  'error.idempotency_key_reuse':
    'Diese Anfrage wurde bereits mit anderen Daten gesendet. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'error.idempotency_in_progress':
    'Dieselbe Anfrage wird noch verarbeitet. Bitte warten Sie einen Moment.',
  'error.rate_limited': 'Derzeit gehen zu viele Anfragen ein. Versuchen Sie es gleich noch einmal.',
  'error.internal_error':
    'Bei uns ist ein Fehler aufgetreten. Versuchen Sie es erneut; wenn das Problem weiterhin besteht, wenden Sie sich an den Support.',
  'error.service_unavailable':
    'Der Dienst ist kurzzeitig nicht verfügbar. Versuchen Sie es gleich noch einmal.',
};
