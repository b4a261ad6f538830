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
  'users.shown_one': '{count} Person angezeigt',
  'users.shown_other': '{count} Personen angezeigt',
  'users.lastAdmin':
    'Einziger aktiver Admin: Machen Sie zuerst jemand anderen zum Admin, bevor Sie diese Rolle ändern.',
  'users.removeSelfDialog.title': 'Dieses Team verlassen?',
  'users.removeSelfDialog.description':
    'Sie verlieren sofort den Zugang zu diesem Kunden. Ein anderer Admin kann Sie erneut einladen.',
  'users.roleDialog.selfWarning':
    'Das ist Ihre eigene Rolle: Ohne Admin können Sie das Team nicht mehr ändern.',
  'validation.storesRequired': 'Wählen Sie mindestens einen Shop aus.',

  // StoreConnectButton and StoreList
  'stores.platform.shopify': 'Shopify',
  'stores.platform.etsy': 'Etsy',
  'stores.platform.woocommerce': 'WooCommerce',
  'stores.platform.pressero': 'Pressero',
  'stores.platform.manual': 'Manueller Shop',
  'stores.platform.shopify.description': 'Bestätigen Sie die Verbindung im Shopify-Admin.',
  'stores.platform.etsy.description': 'Melden Sie sich bei Etsy an und wählen Sie Ihren Shop.',
  'stores.platform.woocommerce.description':
    'In WordPress bestätigen oder REST-API-Schlüssel einfügen.',
  'stores.platform.pressero.description': 'Eine Pressero-Site mit einem Admin-Login verbinden.',
  'stores.platform.manual.description':
    'Ohne Plattform: Bestellungen von Hand oder per CSV erfassen.',
  'stores.status.connecting': 'Wird verbunden',
  'stores.status.connected': 'Verbunden',
  'stores.status.needs_reauth': 'Neu verbinden',
  'stores.status.error': 'Verbindungsfehler',
  'stores.status.disconnected': 'Getrennt',
  'stores.reason.token_revoked': 'Die Plattform hat den Zugriff widerrufen.',
  'stores.reason.token_expired': 'Der Zugriff ist abgelaufen.',
  'stores.reason.app_uninstalled': 'Die App wurde aus dem Shop deinstalliert.',
  'stores.reason.credentials_invalid': 'Der Shop hat die Zugangsdaten abgelehnt.',
  'stores.reason.credentials_rejected':
    'Die Anmeldung wurde abgelehnt; vielleicht wurde das Passwort geändert.',
  'stores.reason.credentials_unreadable':
    'Die gespeicherten Zugangsdaten können nicht mehr gelesen werden.',
  'stores.reason.credentials_missing': 'Für diesen Shop sind keine Zugangsdaten gespeichert.',
  'stores.reason.keys_revoked': 'Die API-Schlüssel wurden in WooCommerce widerrufen.',
  'stores.reason.read_only_key': 'Der API-Schlüssel darf nur lesen; er braucht Lesen/Schreiben.',
  'stores.reason.permissions_not_granted': 'Einige Berechtigungen wurden nicht erteilt.',
  'stores.reason.plan_without_api_access': 'Der Tarif des Shops erlaubt keinen API-Zugriff.',
  'stores.reason.oauth_denied': 'Die Verbindung wurde auf der Plattform abgelehnt.',
  'stores.reason.shop_missing': 'Dieses Konto hat keinen Shop.',
  'stores.reason.shop_not_found': 'Den Shop gibt es nicht mehr.',
  'stores.reason.site_not_found': 'Die Site gibt es nicht mehr.',
  'stores.reason.rest_api_unavailable': 'Die REST-API des Shops ist nicht erreichbar.',
  'stores.reason.api_key_refused': 'Die Plattform hat den App-Schlüssel dieses Servers abgelehnt.',
  'stores.reason.other': 'Grund: {reason}.',
  'stores.advice.credentials_invalid':
    'Kopieren Sie Schlüssel und Secret erneut, ohne Leerzeichen, oder erstellen Sie ein neues Schlüsselpaar und versuchen Sie es noch einmal.',
  'stores.advice.credentials_invalid.pressero':
    'Melden Sie sich mit demselben Benutzernamen und Passwort im Pressero-Admin an, um sie zu prüfen, und versuchen Sie es dann erneut.',
  'stores.advice.permissions_not_granted':
    'Erteilen Sie alle angefragten Berechtigungen. Wählen Sie für WooCommerce-Schlüssel Lesen/Schreiben.',
  'stores.advice.plan_without_api_access':
    'Prüfen Sie, ob der Shop aktiv ist und sein Tarif API-Zugriff enthält, und versuchen Sie es dann erneut.',
  'stores.advice.oauth_denied':
    'Es wurde nichts verbunden. Versuchen Sie es erneut und wählen Sie Genehmigen, wenn die Plattform fragt.',
  'stores.advice.oauth_state_invalid':
    'Die Anfrage war zu alt oder wurde schon verwendet. Beginnen Sie neu und schließen Sie innerhalb von 10 Minuten ab.',
  'stores.advice.invalid_shop_domain':
    'Prüfen Sie die Adresse: Öffnen Sie Ihren Shop im Browser und kopieren Sie sie aus der Adresszeile.',
  'stores.advice.platform_unavailable':
    'Die Plattform antwortet gerade nicht. Warten Sie einige Minuten und versuchen Sie es erneut.',
  'stores.advice.platform_not_supported':
    'Bitten Sie Ihren Druckdienstleister, diese Plattform freizuschalten.',
  'stores.advice.reference_id_required':
    'Ihr Druckdienstleister vergibt die Referenz-ID des Kunden. Fragen Sie danach und verbinden Sie dann erneut.',
  'stores.advice.popup_closed':
    'Versuchen Sie es erneut und lassen Sie das Fenster offen, bis es meldet, dass der Shop verbunden ist.',
  'stores.connect.button': 'Shop verbinden',
  'stores.connect.reconnect': 'Neu verbinden',
  'stores.connect.title': 'Shop verbinden',
  'stores.connect.titleFor': '{platform}-Shop verbinden',
  'stores.connect.titleManual': 'Manuellen Shop anlegen',
  'stores.connect.reconnectTitle': '{name} neu verbinden',
  'stores.connect.pickPlatform': 'Wo verkaufen Sie?',
  'stores.connect.continue': 'Weiter',
  'stores.connect.continueTo': 'Weiter zu {platform}',
  'stores.connect.back': 'Zurück',
  'stores.connect.submit': 'Shop verbinden',
  'stores.connect.createManual': 'Shop anlegen',
  'stores.connect.checking': 'Wird geprüft…',
  'stores.connect.waiting': 'Warten auf Ihre Bestätigung im {platform}-Fenster…',
  'stores.connect.waitingHint':
    'Sie sehen das Fenster nicht? Es liegt vielleicht hinter diesem: Öffnen Sie es erneut.',
  'stores.connect.redirecting': 'Sie werden zu {platform} weitergeleitet…',
  'stores.connect.reopen': 'Fenster erneut öffnen',
  'stores.connect.exchanging': 'Verbindung wird abgeschlossen…',
  'stores.connect.connected': '{name} ist verbunden. Die Produkte werden importiert.',
  'stores.connect.createdManual': '{name} wurde angelegt.',
  'stores.connect.failed': 'Der Shop konnte nicht verbunden werden',
  'stores.connect.popupClosed': 'Das Fenster wurde geschlossen, bevor die Verbindung fertig war.',
  'stores.connect.done': 'Fertig',
  'stores.shopify.instructions':
    'Sie bestätigen die Verbindung im Shopify-Admin, in einem neuen Fenster.',
  'stores.etsy.instructions':
    'Sie melden sich in einem neuen Fenster bei Etsy an und wählen den Shop, der verbunden werden soll.',
  'stores.woocommerce.how': 'Wie möchten Sie verbinden?',
  'stores.woocommerce.approve': 'In WooCommerce bestätigen',
  'stores.woocommerce.approve.description':
    'Empfohlen: Ihr Shop erstellt die Schlüssel, nachdem Sie bestätigt haben.',
  'stores.woocommerce.keys': 'API-Schlüssel eingeben',
  'stores.woocommerce.keys.description':
    'Fügen Sie einen selbst erstellten Consumer Key und ein Consumer Secret ein.',
  'stores.woocommerce.keysHowTo':
    'Öffnen Sie in WordPress WooCommerce › Einstellungen › Erweitert › REST-API › Schlüssel hinzufügen, wählen Sie Lesen/Schreiben und fügen Sie Schlüssel und Secret hier ein.',
  'stores.pressero.licence':
    'Für Pressero braucht Ihr Druckdienstleister eine API-Lizenz von Aleyant.',
  'stores.pressero.login':
    'Verwenden Sie einen Pressero-Admin-Login, der diese Site öffnen darf. Der Login wird bei Pressero geprüft und verschlüsselt gespeichert.',
  'stores.pressero.webhookSetup':
    'Um Bestellungen zu empfangen, legen Sie in Pressero unter Preferences › Webhooks einen Webhook mit diesen Werten an.',
  'stores.pressero.integrationId': 'Integrations-ID',
  'stores.pressero.webhookUrl': 'Webhook-URL',
  'stores.pressero.webhookSecret': 'Webhook-Secret (Security Key)',
  'stores.pressero.shownOnce':
    'Kopieren Sie das Webhook-Secret jetzt: Es wird nur einmal angezeigt. Wenn es verloren geht, fordern Sie ein neues an.',
  'stores.pressero.secretKept':
    'Der bereits in Pressero eingetragene Security Key bleibt gültig: Prüfen Sie nur, ob der Webhook diese URL und Integrations-ID verwendet.',
  'stores.copy': 'Kopieren',
  'stores.copy.label': '{label} kopieren',
  'stores.copy.done': '{label} kopiert.',
  'stores.copy.failed':
    'Kopieren fehlgeschlagen. Markieren Sie den Text und kopieren Sie ihn selbst.',
  'stores.validation.url': 'Geben Sie die vollständige Adresse ein, beginnend mit https://.',
  'stores.field.shopify.shop': 'Shop-Adresse',
  'stores.field.shopify.shop.hint': 'Zum Beispiel mein-shop oder mein-shop.myshopify.com.',
  'stores.field.shopify.shop.format':
    'Geben Sie die myshopify.com-Adresse des Shops ein, etwa mein-shop.myshopify.com.',
  'stores.field.woocommerce.url': 'Shop-Adresse',
  'stores.field.woocommerce.url.hint':
    'Die Adresse Ihrer WordPress-Site, etwa https://shop.beispiel.de.',
  'stores.field.woocommerce.consumerKey': 'Consumer Key',
  'stores.field.woocommerce.consumerKey.hint': 'Beginnt mit ck_.',
  'stores.field.woocommerce.consumerKey.format':
    'Ein Consumer Key besteht aus ck_ und 40 Buchstaben und Ziffern.',
  'stores.field.woocommerce.consumerSecret': 'Consumer Secret',
  'stores.field.woocommerce.consumerSecret.format':
    'Ein Consumer Secret besteht aus cs_ und 40 Buchstaben und Ziffern.',
  'stores.field.woocommerce.refused': 'Der Shop hat diesen Schlüssel oder dieses Secret abgelehnt.',
  'stores.field.woocommerce.unreachable': 'Unter dieser Adresse antwortet kein WooCommerce-Shop.',
  'stores.field.pressero.siteUrl': 'Site-Adresse',
  'stores.field.pressero.siteUrl.hint': 'Ihr Pressero-Shop, etwa https://druck.beispiel.de.',
  'stores.field.pressero.username': 'Admin-Benutzername',
  'stores.field.pressero.username.hint':
    'Die E-Mail-Adresse, mit der Sie sich im Pressero-Admin anmelden.',
  'stores.field.pressero.password': 'Passwort',
  'stores.field.pressero.refused':
    'Pressero hat diesen Benutzernamen oder dieses Passwort abgelehnt.',
  'stores.field.pressero.unreachable':
    'Unter dieser Adresse antwortet keine Pressero-Site für diesen Admin.',
  'stores.field.manual.name': 'Shop-Name',
  'stores.field.manual.name.hint': 'Woran Ihr Team diesen Shop erkennt, etwa „Ladentheke“.',
  'stores.list.title': 'Shops',
  'stores.list.description': 'Verbundene Online-Shops, mit ihren Produkten und ihrem Sync-Status.',
  'stores.list.count_one': '{count} Shop',
  'stores.list.count_other': '{count} Shops',
  'stores.list.empty': 'Noch keine Shops verbunden.',
  'stores.list.emptyConnect':
    'Noch keine Shops. Verbinden Sie den ersten, um seine Produkte zu importieren.',
  'stores.list.lastSync': 'Synchronisiert {when}',
  'stores.list.neverSynced': 'Noch nicht synchronisiert',
  'stores.list.products': 'Produkte',
  'stores.list.variants': 'Varianten',
  'stores.list.mapped': 'Zugeordnet',
  'stores.list.actionsFor': 'Aktionen für {name}',
  'stores.list.sync': 'Produkte synchronisieren',
  'stores.list.syncing': 'Wird synchronisiert…',
  'stores.list.queued': 'Wartet auf Start…',
  'stores.list.progressLabel': 'Produktsynchronisierung von {name}',
  'stores.list.progress': '{done} von {total} Varianten',
  'stores.list.progressUnknown': 'Bisher {done} Varianten',
  'stores.list.synced': '{name} ist auf dem neuesten Stand.',
  'stores.list.syncFailed': 'Die letzte Synchronisierung ist fehlgeschlagen: {reason}',
  'stores.list.verify': 'Verbindung prüfen',
  'stores.list.verified': '{name} ist verbunden und funktioniert.',
  'stores.list.verifyFailed': '{name} funktioniert nicht: {reason}',
  'stores.list.disconnect': 'Trennen',
  'stores.list.disconnected': '{name} wurde getrennt.',
  'stores.disconnectDialog.title': '{name} trennen?',
  'stores.disconnectDialog.description':
    'Vitrine vergisst die Zugangsdaten des Shops und synchronisiert nicht mehr. Produkte, Zuordnungen und Bestellungen bleiben erhalten, und Sie können den Shop später wieder verbinden.',
  'stores.disconnectDialog.confirm': 'Trennen',

  // BulkCsvImporter
  'bulkCsv.title': 'Produkte per Tabelle zuordnen',
  'bulkCsv.description':
    'Tragen Sie Produkt-UID und Links zu Design-Dateien für viele Varianten auf einmal ein und importieren Sie die Datei.',
  'bulkCsv.readOnly':
    'Sie können die Zuordnungen herunterladen. Nur Admins und Shop-Manager können sie importieren.',
  'bulkCsv.stepper': 'Schritte des Imports',
  'bulkCsv.step.file': 'Datei wählen',
  'bulkCsv.step.columns': 'Spalten prüfen',
  'bulkCsv.step.check': 'Prüfen',
  'bulkCsv.step.import': 'Importieren',
  'bulkCsv.step.done': 'erledigt',
  'bulkCsv.download.title': 'Mit einer Tabelle beginnen',
  'bulkCsv.download.export': 'Aktuelle Zuordnungen herunterladen',
  'bulkCsv.download.exportHint':
    'Alle Varianten des Shops mit ihrer aktuellen Zuordnung, in Ihrer Sprache. Tragen Sie Produkt-UID und die Links zu den Design-Dateien ein.',
  'bulkCsv.download.template': 'Leere Vorlage herunterladen',
  'bulkCsv.download.or': 'oder',
  'bulkCsv.download.excel': 'Für Excel',
  'bulkCsv.download.excelHint':
    'Durch Semikolons getrennt, damit Excel die Datei in Spalten und mit korrekten Umlauten öffnet.',
  'bulkCsv.download.preparing': 'Wird vorbereitet…',
  'bulkCsv.download.done': '{name} heruntergeladen.',
  'bulkCsv.drop.title': 'Datei importieren',
  'bulkCsv.drop.label': 'CSV-Datei hier ablegen oder auswählen',
  'bulkCsv.drop.button': 'Datei auswählen',
  'bulkCsv.drop.hint':
    'CSV aus Excel, Google Tabellen oder LibreOffice, oder ein Produktexport aus Shopify, WooCommerce oder Etsy. Bis zu 100.000 Zeilen.',
  'bulkCsv.drop.active': 'Datei ablegen, um sie zu lesen',
  'bulkCsv.reading': '{name} wird gelesen…',
  'bulkCsv.file.label': 'Datei',
  'bulkCsv.format.title': 'Erkanntes Format',
  'bulkCsv.format.encoding': 'Zeichenkodierung',
  'bulkCsv.format.separator': 'Trennzeichen',
  'bulkCsv.format.source': 'Herkunft',
  'bulkCsv.format.bom': '{encoding} mit Byte-Order-Mark (BOM)',
  'bulkCsv.format.encoding.utf-8': 'UTF-8',
  'bulkCsv.format.encoding.windows-1252': 'Windows-1252 (Excel)',
  'bulkCsv.format.encoding.utf-16': 'UTF-16 (Unicode-Text)',
  'bulkCsv.format.separator.comma': 'Komma (,)',
  'bulkCsv.format.separator.semicolon': 'Semikolon (;)',
  'bulkCsv.format.separator.tab': 'Tabulator',
  'bulkCsv.format.separator.pipe': 'Senkrechter Strich (|)',
  'bulkCsv.format.platform.none': 'Tabelle',
  'bulkCsv.format.platform.shopify': 'Shopify-Produktexport',
  'bulkCsv.format.platform.shopify-legacy': 'Shopify-Produktexport (älteres Format)',
  'bulkCsv.format.platform.woocommerce': 'WooCommerce-Produktexport',
  'bulkCsv.format.platform.etsy': 'Etsy-Angebotsexport',
  'bulkCsv.format.platformNote':
    'Exporte der Plattformen enthalten keine Vitrine-Varianten-IDs: Jede Zeile wird ihrer Variante über die Artikelnummer (SKU) zugeordnet.',
  'bulkCsv.columns.title': 'Spalten',
  'bulkCsv.columns.field': 'Feld',
  'bulkCsv.columns.column': 'Spalte in Ihrer Datei',
  'bulkCsv.columns.match': 'Zuordnung',
  'bulkCsv.columns.none': 'Nicht in der Datei',
  'bulkCsv.columns.option': 'Spalte {letter}: {header}',
  'bulkCsv.columns.selectLabel': 'Spalte für {field}',
  'bulkCsv.columns.required': 'erforderlich',
  'bulkCsv.columns.identifier': 'Jede Zeile braucht eine Varianten-ID oder eine Artikelnummer.',
  'bulkCsv.columns.more': 'Weitere Druckbereiche',
  'bulkCsv.columns.unused': 'Nicht verwendet: {headers}.',
  'bulkCsv.columns.reset': 'Automatisch zuordnen',
  'bulkCsv.match.exact': 'Gleicher Name',
  'bulkCsv.match.synonym': 'Bekannter Name',
  'bulkCsv.match.fuzzy': 'Ähnlicher Name: bitte prüfen',
  'bulkCsv.match.override': 'Ihre Wahl',
  'bulkCsv.match.platform': 'Aus dem Export',
  'bulkCsv.match.none': 'Nicht gefunden',
  'bulkCsv.column.variantId': 'Varianten-ID',
  'bulkCsv.column.sku': 'Artikelnummer',
  'bulkCsv.column.productUid': 'Produkt-UID',
  'bulkCsv.column.designFileUrl': 'Design-Datei-URL',
  'bulkCsv.column.frontFileUrl': 'Vorderseite-URL',
  'bulkCsv.column.backFileUrl': 'Rückseite-URL',
  'bulkCsv.column.insideFileUrl': 'Innenseite-URL',
  'bulkCsv.column.neckInnerFileUrl': 'Nacken-innen-URL',
  'bulkCsv.column.neckOuterFileUrl': 'Nacken-außen-URL',
  'bulkCsv.column.sleeveLeftFileUrl': 'Ärmel-links-URL',
  'bulkCsv.column.sleeveRightFileUrl': 'Ärmel-rechts-URL',
  'bulkCsv.preview.title': 'Erste Zeilen',
  'bulkCsv.preview.row': 'Zeile',
  'bulkCsv.preview.variant': 'Variante',
  'bulkCsv.preview.files': 'Design-Dateien',
  'bulkCsv.preview.status': 'Status',
  'bulkCsv.preview.ready': 'Bereit',
  'bulkCsv.preview.moreFiles': '{count} weitere',
  'bulkCsv.preview.rows_one': '{n} Zeile: {valid} bereit, {invalid} mit Problemen.',
  'bulkCsv.preview.rows_other': '{n} Zeilen: {valid} bereit, {invalid} mit Problemen.',
  'bulkCsv.preview.skipped_one':
    '{n} Zeile mit Problemen wird ausgelassen. Korrigieren Sie sie im Fehlerbericht und importieren Sie den Bericht erneut.',
  'bulkCsv.preview.skipped_other':
    '{n} Zeilen mit Problemen werden ausgelassen. Korrigieren Sie sie im Fehlerbericht und importieren Sie den Bericht erneut.',
  'bulkCsv.preview.nothing':
    'Keine Zeile ist bereit für den Import. Korrigieren Sie die Datei und wählen Sie sie erneut.',
  'bulkCsv.problems.title': 'Probleme',
  'bulkCsv.problems.row': 'Zeile {row}',
  'bulkCsv.problems.file': 'Datei',
  'bulkCsv.problems.more_one': 'Und {n} weiteres im Fehlerbericht.',
  'bulkCsv.problems.more_other': 'Und {n} weitere im Fehlerbericht.',
  'bulkCsv.fatal': 'Diese Datei kann noch nicht importiert werden.',
  'bulkCsv.fatal.missing':
    'Wählen Sie unten die Spalte mit {field} aus oder ergänzen Sie sie in der Datei.',
  'bulkCsv.fatal.missingIdentifier':
    'Wählen Sie unten die Spalte mit der Varianten-ID oder der Artikelnummer aus oder ergänzen Sie eine in der Datei.',
  'bulkCsv.check': 'Datei prüfen',
  'bulkCsv.check.hint':
    'Noch ändert sich nichts: Der Server prüft jede Zeile gegen den Shop und den Katalog.',
  'bulkCsv.chooseAnother': 'Andere Datei wählen',
  'bulkCsv.progress.label.check': 'Prüfung von {name}',
  'bulkCsv.progress.label.import': 'Import von {name}',
  'bulkCsv.progress.sending': 'Zeilen werden gesendet: {done} von {total}',
  'bulkCsv.progress.checking': 'Zeilen werden geprüft: {done} von {total}',
  'bulkCsv.progress.applying': 'Zeilen werden importiert: {done} von {total}',
  'bulkCsv.progress.queued': 'Wartet auf den Start…',
  'bulkCsv.progress.percent': '{percent} % erledigt',
  'bulkCsv.progress.leave': 'Sie können diese Seite verlassen: Der Server arbeitet weiter.',
  'bulkCsv.retrying': 'Die Verbindung ist abgebrochen. Neuer Versuch in {seconds} s…',
  'bulkCsv.cancel': 'Abbrechen',
  'bulkCsv.canceling': 'Wird abgebrochen…',
  'bulkCsv.canceled': 'Abgebrochen. Es wurde nichts geändert.',
  'bulkCsv.resumed': 'Ein früher gestarteter Import läuft noch.',
  'bulkCsv.count.mapped': 'Zugeordnet',
  'bulkCsv.count.ignored': 'Nicht gedruckt',
  'bulkCsv.count.unmapped': 'Zuordnung entfernt',
  'bulkCsv.count.unchanged': 'Unverändert',
  'bulkCsv.count.failed': 'Mit Problemen',
  'bulkCsv.count.skipped': 'Ausgelassen (Probleme in der Datei)',
  'bulkCsv.reviewed.title': 'Prüfung abgeschlossen',
  'bulkCsv.reviewed.intro': 'Wenn Sie diese Datei importieren:',
  'bulkCsv.reviewed.changes_one': '{n} Variante wird geändert.',
  'bulkCsv.reviewed.changes_other': '{n} Varianten werden geändert.',
  'bulkCsv.reviewed.nothing': 'Nichts ändert sich: Der Shop hat diese Zuordnungen bereits.',
  'bulkCsv.reviewed.problems_one':
    '{n} Zeile hat Probleme und wird nicht importiert. Der Fehlerbericht sagt, was zu korrigieren ist.',
  'bulkCsv.reviewed.problems_other':
    '{n} Zeilen haben Probleme und werden nicht importiert. Der Fehlerbericht sagt, was zu korrigieren ist.',
  'bulkCsv.reviewed.noFile': 'Wählen Sie die Datei erneut, um sie zu importieren.',
  'bulkCsv.import_one': '{n} Zeile importieren',
  'bulkCsv.import_other': '{n} Zeilen importieren',
  'bulkCsv.done.title': 'Import abgeschlossen',
  'bulkCsv.done.changed_one': '{n} Variante wurde geändert.',
  'bulkCsv.done.changed_other': '{n} Varianten wurden geändert.',
  'bulkCsv.done.clean': 'Alle Zeilen wurden importiert.',
  'bulkCsv.done.problems_one':
    '{n} Zeile konnte nicht importiert werden. Laden Sie den Fehlerbericht herunter, korrigieren Sie sie und importieren Sie den Bericht erneut.',
  'bulkCsv.done.problems_other':
    '{n} Zeilen konnten nicht importiert werden. Laden Sie den Fehlerbericht herunter, korrigieren Sie sie und importieren Sie den Bericht erneut.',
  'bulkCsv.done.canceledTitle': 'Import abgebrochen',
  'bulkCsv.done.canceled': 'Zeilen, die vor dem Abbruch importiert wurden, bleiben importiert.',
  'bulkCsv.done.failedTitle': 'Der Import wurde angehalten',
  'bulkCsv.done.checkFailedTitle': 'Die Prüfung wurde angehalten',
  'bulkCsv.done.noFile':
    'Die ursprüngliche Datei ist hier nicht mehr geöffnet: Der Fehlerbericht nennt die Zeilen und Spalten, die zu korrigieren sind.',
  'bulkCsv.report': 'Fehlerbericht herunterladen',
  'bulkCsv.report.preparing': 'Bericht wird vorbereitet…',
  'bulkCsv.report.errors': 'Fehler',
  'bulkCsv.report.row': 'Zeile',
  'bulkCsv.report.column': 'Spalte',
  'bulkCsv.report.value': 'Wert',
  'bulkCsv.again': 'Weitere Datei importieren',
  'bulkCsv.interrupted.title': 'Ein Import wurde nicht fertig gesendet',
  'bulkCsv.interrupted.body':
    '{name} wurde gerade gesendet ({sent} von {total} Zeilen), als die Seite geschlossen wurde. Es wurde nichts geändert.',
  'bulkCsv.interrupted.unnamed': 'Eine Datei',
  'bulkCsv.interrupted.next': 'Wählen Sie die Datei erneut, um sie zu importieren.',
  'bulkCsv.failed.read': 'Die Datei konnte nicht gelesen werden. Wählen Sie sie erneut.',
  'bulkCsv.failed.changed': 'Die Datei hat sich nach dem Lesen geändert. Wählen Sie sie erneut.',
  'bulkCsv.startOver': 'Neu beginnen',
  'bulkCsv.error.file_too_large': 'Die Datei ist zu groß.',
  'bulkCsv.error.empty_file': 'Die Datei ist leer: Sie hat keine Kopfzeile.',
  'bulkCsv.error.too_many_rows':
    'Die Datei hat mehr Zeilen, als auf einmal importiert werden können (100.000).',
  'bulkCsv.error.row_too_large':
    'Diese Zeile ist viel zu lang: Wahrscheinlich ist ein Anführungszeichen nicht geschlossen.',
  'bulkCsv.error.missing_column': 'Die Datei hat dafür keine Spalte.',
  'bulkCsv.error.missing_quotes': 'In dieser Zeile ist ein Anführungszeichen nicht geschlossen.',
  'bulkCsv.error.invalid_quotes': 'In dieser Zeile stehen Anführungszeichen an falscher Stelle.',
  'bulkCsv.error.too_many_fields': 'Diese Zeile hat mehr Zellen, als die Kopfzeile Spalten hat.',
  'bulkCsv.error.required': 'Diese Zelle darf nicht leer sein.',
  'bulkCsv.error.too_long': 'Dieser Text ist zu lang.',
  'bulkCsv.error.invalid_value': 'Dieser Wert gehört nicht zu den erlaubten Werten.',
  'bulkCsv.error.invalid_url': 'Das ist kein Link, der mit http:// oder https:// beginnt.',
  'bulkCsv.error.invalid_product_uid':
    'Das ist keine Produkt-UID (Kleinbuchstaben, Ziffern, _ . -) und weder IGNORE noch UNMAP.',
  'bulkCsv.error.missing_identifier': 'Die Zeile hat weder Varianten-ID noch Artikelnummer.',
  'bulkCsv.error.missing_file':
    'Die Zeile hat eine Produkt-UID, aber keinen Link zu einer Design-Datei.',
  'bulkCsv.error.variant_not_found': 'Keine Variante dieses Shops hat diese ID oder Artikelnummer.',
  'bulkCsv.error.sku_ambiguous':
    'Mehrere Varianten dieses Shops haben diese Artikelnummer: Geben Sie stattdessen die Varianten-ID an.',
  'bulkCsv.error.sku_ambiguous.candidates':
    'Mehrere Varianten dieses Shops haben diese Artikelnummer ({candidates}): Geben Sie stattdessen die Varianten-ID an.',
  'bulkCsv.error.duplicate_variant': 'Eine frühere Zeile nennt diese Variante bereits.',
  'bulkCsv.error.duplicate_variant.row': 'Zeile {row} nennt diese Variante bereits.',
  'bulkCsv.error.product_uid_unknown': 'Diese Produkt-UID ist nicht im Katalog enthalten.',
  'bulkCsv.error.product_uid_required':
    'Die Variante ist noch nicht zugeordnet: Geben Sie ihre Produkt-UID zusammen mit den Dateien an.',
  'bulkCsv.error.print_area_invalid': 'Das Katalogprodukt hat diesen Druckbereich nicht.',
  'bulkCsv.error.print_area_required':
    'Das Katalogprodukt braucht eine Datei für diesen Druckbereich.',
  'bulkCsv.error.other': 'Diese Zeile konnte nicht importiert werden ({code}).',

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
  'error.file_type_unsupported':
    'Dieser Dateityp wird nicht angenommen: Verwenden Sie PDF, PNG, JPEG oder SVG.',
  'error.print_area_invalid':
    'Diese Dateien passen nicht zu den Druckbereichen des Katalogprodukts.',
  'error.print_specs_invalid': 'Diese Druckangaben sind für dieses Produkt nicht verfügbar.',
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
