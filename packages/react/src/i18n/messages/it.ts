import type { Messages } from './en.js';

export const it: Messages = {
  // shared
  'common.cancel': 'Annulla',
  'common.close': 'Chiudi',
  'common.retry': 'Riprova',
  'common.save': 'Salva',
  'common.saving': 'Salvataggio…',
  'common.loading': 'Caricamento…',
  'common.optional': 'facoltativo',
  'common.required': 'obbligatorio',

  // ClientForm
  'clientForm.title.create': 'Nuovo cliente',
  'clientForm.title.edit': 'Modifica cliente',
  'clientForm.name.label': 'Nome del cliente',
  'clientForm.name.hint': 'Il nome dell’azienda che vedranno il tuo team e il cliente.',
  'clientForm.referenceId.label': 'ID di riferimento',
  'clientForm.referenceId.hint':
    'Il tuo ID per questo cliente, ad esempio quello del tuo ERP. Viene usato anche come ID di integrazione Pressero.',
  'clientForm.description.label': 'Descrizione',
  'clientForm.description.hint': 'Note per il tuo team.',
  'clientForm.submit.create': 'Crea cliente',
  'clientForm.submit.edit': 'Salva modifiche',
  'clientForm.submitting.create': 'Creazione…',
  'clientForm.submitting.edit': 'Salvataggio…',
  'clientForm.success.create': 'Cliente “{name}” creato.',
  'clientForm.success.edit': 'Modifiche salvate.',
  'clientForm.loadError': 'Impossibile caricare il cliente.',

  // field validation (by zod issue code or API code)
  'validation.required': 'Questo campo è obbligatorio.',
  'validation.tooLong': 'Usa al massimo {max} caratteri.',
  'validation.tooShort': 'Usa almeno {min} caratteri.',
  'validation.email': 'Inserisci un indirizzo email valido, ad esempio nome@example.com.',
  'validation.referenceId':
    'Usa solo lettere, cifre e i caratteri . _ : / -, iniziando con una lettera o una cifra.',
  'validation.invalid': 'Questo valore non è valido.',

  // AccessToggle
  'access.title': 'Accesso a Storefronts',
  'access.description':
    'Consente a questo cliente di accedere per collegare negozi, associare prodotti al catalogo e seguire gli ordini.',
  'access.switchLabel': 'Accesso a Storefronts per {client}',
  'access.state.off': 'Disattivato',
  'access.state.invited': 'Invito inviato',
  'access.state.active': 'Attivo',
  'access.state.expired': 'Invito scaduto',
  'access.admin': 'Amministratore',
  'access.invitedOn': 'Invito inviato in data {date}',
  'access.expiresOn': 'Scadenza del link: {date}',
  'access.expiredOn': 'Il link è scaduto in data {date}. Inviane uno nuovo.',
  'access.activeSince': 'Attivato in data {date}',
  'access.resend': 'Reinvia invito',
  'access.resending': 'Invio…',
  'access.resent': 'Un nuovo invito è stato inviato a {email}.',
  'access.enable.title': 'Attiva l’accesso a Storefronts',
  'access.enable.description':
    'Invieremo un invito via email all’amministratore del cliente, che potrà poi invitare il proprio team.',
  'access.enable.email': 'Email dell’amministratore',
  'access.enable.firstName': 'Nome',
  'access.enable.lastName': 'Cognome',
  'access.enable.submit': 'Invia invito',
  'access.enable.submitting': 'Invio…',
  'access.disable.title': 'Disattivare l’accesso a Storefronts?',
  'access.disable.description':
    '{client} e il suo team perderanno subito l’accesso. Gli inviti in sospeso smetteranno di funzionare. Utenti, negozi e cronologia vengono conservati e potrai riattivare l’accesso in seguito.',
  'access.disable.confirm': 'Disattiva accesso',
  'access.disable.submitting': 'Disattivazione…',
  'access.enabled': 'L’accesso è attivo. È stato inviato un invito a {email}.',
  'access.disabled': 'L’accesso è disattivato.',
  'access.loadError': 'Impossibile caricare le impostazioni di accesso.',

  // Invitation acceptance
  'invitation.title': 'Unisciti a {client}',
  'invitation.body':
    '{provider} ha invitato {email} a gestire i negozi di {client} con il ruolo {role}.',
  'invitation.accept': 'Accetta invito',
  'invitation.accepting': 'Accettazione…',
  'invitation.accepted': 'Fatto! Il tuo accesso a {client} è attivo.',
  'invitation.invalid.title': 'Questo link di invito non funziona',
  'invitation.invalid.hint': 'Chiedi a chi ti ha invitato di inviarti un nuovo invito.',
  'invitation.status.expired':
    'Questo invito è scaduto. Chiedi a {provider} di inviartene uno nuovo.',
  'invitation.status.accepted': 'Questo invito è già stato accettato.',
  'invitation.status.revoked':
    'Questo invito non è più valido. Potrebbe esserne stato inviato uno più recente.',

  // roles
  'role.admin': 'Amministratore',
  'role.store_manager': 'Responsabile negozi',
  'role.order_manager': 'Responsabile ordini',
  'role.viewer': 'Sola lettura',

  // UserManager
  'users.title': 'Team',
  'users.description':
    'Le persone che possono accedere all’account di questo cliente e cosa può fare ciascuna.',
  'users.invite': 'Invita persone',
  'users.column.name': 'Nome',
  'users.column.role': 'Ruolo',
  'users.column.status': 'Stato',
  'users.column.actions': 'Azioni',
  'users.status.active': 'Attivo',
  'users.status.invited': 'Invito inviato',
  'users.status.expired': 'Invito scaduto',
  'users.you': 'tu',
  'users.stores': 'Negozi: {stores}',
  'users.noStores': 'Nessun negozio assegnato',
  'users.empty':
    'Il team non ha ancora membri. Invita le persone che gestiscono i negozi e gli ordini.',
  'users.loadMore': 'Mostra altri',
  'users.readOnly': 'Solo gli amministratori possono modificare il team.',
  'users.count_one': '{count} persona',
  'users.count_other': '{count} persone',
  'users.action.changeRole': 'Cambia ruolo',
  'users.action.resend': 'Reinvia invito',
  'users.action.revoke': 'Revoca invito',
  'users.action.remove': 'Rimuovi',
  'users.actionsFor': 'Azioni per {name}',
  'users.role.admin.hint': 'Tutto in questo account, incluso il team.',
  'users.role.store_manager.hint': 'I negozi assegnati qui sotto e i relativi prodotti.',
  'users.role.order_manager.hint': 'Solo gli ordini.',
  'users.role.viewer.hint': 'Vede tutto, non modifica nulla.',
  'users.inviteDialog.title': 'Invita persone',
  'users.inviteDialog.description':
    'Ogni persona riceverà un’email con un link per unirsi al team. I link scadono dopo 7 giorni.',
  'users.inviteDialog.person': 'Persona {number}',
  'users.inviteDialog.email': 'Email',
  'users.inviteDialog.firstName': 'Nome',
  'users.inviteDialog.lastName': 'Cognome',
  'users.inviteDialog.addPerson': 'Aggiungi un’altra persona',
  'users.inviteDialog.removePerson': 'Rimuovi la persona {number}',
  'users.inviteDialog.role': 'Ruolo',
  'users.inviteDialog.stores': 'Negozi gestiti',
  'users.inviteDialog.noStores':
    'Questo cliente non ha ancora negozi. Collega prima un negozio o scegli un altro ruolo.',
  'users.inviteDialog.submit_one': 'Invia invito',
  'users.inviteDialog.submit_other': 'Invia {count} inviti',
  'users.inviteDialog.sending': 'Invio…',
  'users.inviteDialog.partial':
    'Inviti inviati: {sent}. Correggi i dati delle persone evidenziate e invia di nuovo.',
  'users.invited_one': 'Invito inviato a {email}.',
  'users.invited_other': '{count} inviti inviati.',
  'users.roleDialog.title': 'Cambia il ruolo di {name}',
  'users.roleDialog.submit': 'Salva ruolo',
  'users.roleChanged': '{name} ora ha il ruolo {role}.',
  'users.removeDialog.title': 'Rimuovere {name}?',
  'users.removeDialog.description':
    '{name} perderà subito l’accesso. Potrai invitare di nuovo questa persona in seguito.',
  'users.removeDialog.confirm': 'Rimuovi',
  'users.revokeDialog.title': 'Revocare l’invito inviato a {email}?',
  'users.revokeDialog.description': 'Il link ricevuto via email smetterà di funzionare.',
  'users.revokeDialog.confirm': 'Revoca invito',
  'users.removed': '{name} non fa più parte del team.',
  'users.revoked': 'L’invito inviato a {email} è stato revocato.',
  'users.resent': 'Un nuovo invito è stato inviato a {email}.',
  'users.shown_one': '{count} persona mostrata',
  'users.shown_other': '{count} persone mostrate',
  'users.lastAdmin':
    'Unico amministratore attivo: nomina un altro amministratore prima di cambiare questo ruolo.',
  'users.removeSelfDialog.title': 'Lasciare questo team?',
  'users.removeSelfDialog.description':
    'Perdi subito l’accesso a questo cliente. Un altro amministratore può invitarti di nuovo.',
  'users.roleDialog.selfWarning':
    'È il tuo ruolo: senza Amministratore non potrai più modificare il team.',
  'validation.storesRequired': 'Scegli almeno un negozio.',

  // StoreConnectButton and StoreList
  'stores.platform.shopify': 'Shopify',
  'stores.platform.etsy': 'Etsy',
  'stores.platform.woocommerce': 'WooCommerce',
  'stores.platform.pressero': 'Pressero',
  'stores.platform.manual': 'Negozio manuale',
  'stores.platform.shopify.description': 'Approva la connessione nell’admin di Shopify.',
  'stores.platform.etsy.description': 'Accedi a Etsy e scegli il tuo negozio.',
  'stores.platform.woocommerce.description': 'Approva in WordPress o incolla chiavi dell’API REST.',
  'stores.platform.pressero.description':
    'Collega un sito Pressero con un accesso da amministratore.',
  'stores.platform.manual.description':
    'Nessuna piattaforma: aggiungi gli ordini a mano o via CSV.',
  'stores.status.connecting': 'In connessione',
  'stores.status.connected': 'Collegato',
  'stores.status.needs_reauth': 'Da ricollegare',
  'stores.status.error': 'Errore di connessione',
  'stores.status.disconnected': 'Scollegato',
  'stores.reason.token_revoked': 'La piattaforma ha revocato l’accesso.',
  'stores.reason.token_expired': 'L’accesso è scaduto.',
  'stores.reason.app_uninstalled': 'L’app è stata disinstallata dal negozio.',
  'stores.reason.credentials_invalid': 'Il negozio ha rifiutato le credenziali.',
  'stores.reason.credentials_rejected':
    'L’accesso è stato rifiutato; forse la password è cambiata.',
  'stores.reason.credentials_unreadable': 'Le credenziali salvate non sono più leggibili.',
  'stores.reason.credentials_missing': 'Non ci sono credenziali salvate per questo negozio.',
  'stores.reason.keys_revoked': 'Le chiavi API sono state revocate in WooCommerce.',
  'stores.reason.read_only_key': 'La chiave API è di sola lettura; serve Lettura/Scrittura.',
  'stores.reason.permissions_not_granted': 'Alcune autorizzazioni non sono state concesse.',
  'stores.reason.plan_without_api_access': 'Il piano del negozio non consente l’accesso all’API.',
  'stores.reason.oauth_denied': 'La connessione è stata rifiutata sulla piattaforma.',
  'stores.reason.shop_missing': 'Questo account non ha un negozio.',
  'stores.reason.shop_not_found': 'Il negozio non esiste più.',
  'stores.reason.site_not_found': 'Il sito non esiste più.',
  'stores.reason.rest_api_unavailable': 'L’API REST del negozio non è raggiungibile.',
  'stores.reason.api_key_refused': 'La piattaforma ha rifiutato la chiave app di questo server.',
  'stores.reason.other': 'Motivo: {reason}.',
  'stores.advice.credentials_invalid':
    'Copia di nuovo chiave e segreto, senza spazi, oppure crea una nuova coppia di chiavi e riprova.',
  'stores.advice.credentials_invalid.pressero':
    'Accedi all’admin di Pressero con lo stesso nome utente e password per verificarli, poi riprova.',
  'stores.advice.permissions_not_granted':
    'Approva tutte le autorizzazioni richieste. Per le chiavi WooCommerce scegli l’accesso Lettura/Scrittura.',
  'stores.advice.plan_without_api_access':
    'Verifica che il negozio sia attivo e che il piano includa l’accesso all’API, poi riprova.',
  'stores.advice.oauth_denied':
    'Non è stato collegato nulla. Riprova e scegli Approva quando la piattaforma lo chiede.',
  'stores.advice.oauth_state_invalid':
    'La richiesta era troppo vecchia o già usata. Ricomincia e termina entro 10 minuti.',
  'stores.advice.invalid_shop_domain':
    'Controlla l’indirizzo: apri il negozio nel browser e copialo dalla barra degli indirizzi.',
  'stores.advice.platform_unavailable':
    'La piattaforma al momento non risponde. Attendi qualche minuto e riprova.',
  'stores.advice.platform_not_supported':
    'Chiedi al tuo fornitore di stampa di attivare questa piattaforma.',
  'stores.advice.reference_id_required':
    'Il tuo fornitore di stampa assegna l’ID di riferimento al cliente. Chiediglielo, poi ricollega.',
  'stores.advice.popup_closed':
    'Riprova e tieni aperta la finestra finché non indica che il negozio è collegato.',
  'stores.connect.button': 'Collega un negozio',
  'stores.connect.reconnect': 'Ricollega',
  'stores.connect.title': 'Collega un negozio',
  'stores.connect.titleFor': 'Collega un negozio {platform}',
  'stores.connect.titleManual': 'Aggiungi un negozio manuale',
  'stores.connect.reconnectTitle': 'Ricollega {name}',
  'stores.connect.pickPlatform': 'Dove vendi?',
  'stores.connect.continue': 'Continua',
  'stores.connect.continueTo': 'Continua su {platform}',
  'stores.connect.back': 'Indietro',
  'stores.connect.submit': 'Collega negozio',
  'stores.connect.createManual': 'Crea negozio',
  'stores.connect.checking': 'Verifica in corso…',
  'stores.connect.waiting': 'In attesa che approvi la connessione nella finestra di {platform}…',
  'stores.connect.waitingHint': 'Non vedi la finestra? Potrebbe essere dietro questa: riaprila.',
  'stores.connect.redirecting': 'Ti stiamo portando su {platform}…',
  'stores.connect.reopen': 'Riapri la finestra',
  'stores.connect.exchanging': 'Completamento della connessione…',
  'stores.connect.connected': '{name} è collegato. I suoi prodotti sono in importazione.',
  'stores.connect.createdManual': '{name} è stato creato.',
  'stores.connect.failed': 'Non è stato possibile collegare il negozio',
  'stores.connect.popupClosed': 'La finestra è stata chiusa prima che la connessione finisse.',
  'stores.connect.done': 'Fatto',
  'stores.shopify.instructions':
    'Approverai la connessione nell’admin di Shopify, in una nuova finestra.',
  'stores.etsy.instructions':
    'Accederai a Etsy in una nuova finestra e sceglierai il negozio da collegare.',
  'stores.woocommerce.how': 'Come vuoi collegarlo?',
  'stores.woocommerce.approve': 'Approva in WooCommerce',
  'stores.woocommerce.approve.description':
    'Consigliato: il tuo negozio crea le chiavi dopo la tua approvazione.',
  'stores.woocommerce.keys': 'Inserisci le chiavi API',
  'stores.woocommerce.keys.description':
    'Incolla una chiave e un segreto consumer che hai creato tu.',
  'stores.woocommerce.keysHowTo':
    'In WordPress apri WooCommerce › Impostazioni › Avanzate › API REST › Aggiungi chiave, scegli Lettura/Scrittura e incolla qui chiave e segreto.',
  'stores.pressero.licence':
    'Per collegare Pressero serve una licenza API di Aleyant per il tuo fornitore di stampa.',
  'stores.pressero.login':
    'Usa un accesso da amministratore Pressero che possa aprire questo sito. L’accesso viene verificato con Pressero e salvato cifrato.',
  'stores.pressero.webhookSetup':
    'Per ricevere gli ordini, aggiungi un webhook in Pressero in Preferences › Webhooks con questi valori.',
  'stores.pressero.integrationId': 'ID di integrazione',
  'stores.pressero.webhookUrl': 'URL del webhook',
  'stores.pressero.webhookSecret': 'Segreto del webhook (Security Key)',
  'stores.pressero.shownOnce':
    'Copia ora il segreto del webhook: viene mostrato una sola volta. Se lo perdi, chiedine uno nuovo.',
  'stores.pressero.secretKept':
    'La Security Key già incollata in Pressero resta valida: controlla solo che il webhook usi questo URL e questo ID di integrazione.',
  'stores.copy': 'Copia',
  'stores.copy.label': 'Copia {label}',
  'stores.copy.done': '{label} copiato.',
  'stores.copy.failed': 'Copia non riuscita. Seleziona il testo e copialo tu.',
  'stores.validation.url': 'Inserisci l’indirizzo completo, che inizia con https://.',
  'stores.field.shopify.shop': 'Indirizzo del negozio',
  'stores.field.shopify.shop.hint': 'Per esempio mio-negozio o mio-negozio.myshopify.com.',
  'stores.field.shopify.shop.format':
    'Inserisci l’indirizzo myshopify.com del negozio, come mio-negozio.myshopify.com.',
  'stores.field.woocommerce.url': 'Indirizzo del negozio',
  'stores.field.woocommerce.url.hint':
    'L’indirizzo del tuo sito WordPress, come https://negozio.esempio.com.',
  'stores.field.woocommerce.consumerKey': 'Chiave consumer',
  'stores.field.woocommerce.consumerKey.hint': 'Inizia con ck_.',
  'stores.field.woocommerce.consumerKey.format':
    'Una chiave consumer è ck_ seguito da 40 lettere e cifre.',
  'stores.field.woocommerce.consumerSecret': 'Segreto consumer',
  'stores.field.woocommerce.consumerSecret.format':
    'Un segreto consumer è cs_ seguito da 40 lettere e cifre.',
  'stores.field.woocommerce.refused': 'Il negozio ha rifiutato questa chiave o questo segreto.',
  'stores.field.woocommerce.unreachable': 'Nessun negozio WooCommerce risponde a questo indirizzo.',
  'stores.field.pressero.siteUrl': 'Indirizzo del sito',
  'stores.field.pressero.siteUrl.hint': 'Il tuo negozio Pressero, come https://stampa.esempio.com.',
  'stores.field.pressero.username': 'Nome utente amministratore',
  'stores.field.pressero.username.hint': 'L’email con cui accedi all’admin di Pressero.',
  'stores.field.pressero.password': 'Password',
  'stores.field.pressero.refused': 'Pressero ha rifiutato questo nome utente o questa password.',
  'stores.field.pressero.unreachable':
    'Nessun sito Pressero risponde a questo indirizzo per questo amministratore.',
  'stores.field.manual.name': 'Nome del negozio',
  'stores.field.manual.name.hint':
    'Come il tuo team riconoscerà questo negozio, per esempio “Banco”.',
  'stores.list.title': 'Negozi',
  'stores.list.description':
    'I negozi online collegati, con i loro prodotti e lo stato di sincronizzazione.',
  'stores.list.count_one': '{count} negozio',
  'stores.list.count_other': '{count} negozi',
  'stores.list.empty': 'Nessun negozio ancora collegato.',
  'stores.list.emptyConnect': 'Ancora nessun negozio. Collega il primo per importarne i prodotti.',
  'stores.list.lastSync': 'Sincronizzato {when}',
  'stores.list.neverSynced': 'Non ancora sincronizzato',
  'stores.list.products': 'Prodotti',
  'stores.list.variants': 'Varianti',
  'stores.list.mapped': 'Associate',
  'stores.list.actionsFor': 'Azioni per {name}',
  'stores.list.sync': 'Sincronizza prodotti',
  'stores.list.syncing': 'Sincronizzazione…',
  'stores.list.queued': 'In attesa di avvio…',
  'stores.list.progressLabel': 'Sincronizzazione prodotti di {name}',
  'stores.list.progress': '{done} di {total} varianti',
  'stores.list.progressUnknown': '{done} varianti finora',
  'stores.list.synced': '{name} è aggiornato.',
  'stores.list.syncFailed': 'L’ultima sincronizzazione non è riuscita: {reason}',
  'stores.list.verify': 'Verifica connessione',
  'stores.list.verified': '{name} è collegato e funziona.',
  'stores.list.verifyFailed': '{name} non funziona: {reason}',
  'stores.list.disconnect': 'Scollega',
  'stores.list.disconnected': '{name} è stato scollegato.',
  'stores.disconnectDialog.title': 'Scollegare {name}?',
  'stores.disconnectDialog.description':
    'Vitrine dimentica le credenziali del negozio e smette di sincronizzare. Prodotti, associazioni e ordini restano, e potrai ricollegarlo più tardi.',
  'stores.disconnectDialog.confirm': 'Scollega',

  // generic failures outside the API's codes
  'error.network': 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
  'error.timeout': 'Il server ha impiegato troppo tempo a rispondere. Riprova.',
  'error.contract':
    'Il server ha risposto in modo imprevisto. Riprova più tardi o contatta l’assistenza.',
  'error.unknown': 'Si è verificato un errore. Riprova.',

  // API error codes
  'error.validation_failed': 'Alcuni campi richiedono la tua attenzione.',
  'error.invalid_json': 'Impossibile leggere la richiesta. Riprova.',
  'error.payload_too_large': 'Troppi dati per una sola richiesta.',
  'error.unsupported_media_type': 'Il formato della richiesta non è supportato.',
  'error.route_not_found': 'Questa funzione non è disponibile sul server.',
  'error.method_not_allowed': 'Questa azione non è disponibile sul server.',
  'error.missing_authorization': 'Sessione non trovata. Accedi di nuovo.',
  'error.invalid_api_key':
    'Il server ha rifiutato la chiave di integrazione. Contatta il tuo amministratore.',
  'error.invalid_session': 'La sessione non è più valida. Accedi di nuovo.',
  'error.session_expired': 'La sessione è scaduta. Accedi di nuovo.',
  'error.forbidden': 'Non hai l’autorizzazione per eseguire questa azione.',
  'error.secret_key_required': 'Questa azione deve essere eseguita dal server del fornitore.',
  'error.not_found': 'Elemento non trovato. Potrebbe essere stato rimosso.',
  'error.conflict':
    'Questo elemento è stato modificato nel frattempo. Ricarica la pagina e riprova.',
  'error.reference_id_taken': 'Un altro cliente usa già questo ID di riferimento.',
  'error.client_archived': 'Questo cliente è archiviato e non può essere modificato.',
  'error.access_not_enabled': 'L’accesso a Storefronts è disattivato per questo cliente.',
  'error.access_already_enabled':
    'L’accesso è già attivo con un altro amministratore. Disattivalo prima, oppure invita questa persona come utente.',
  'error.invite_not_pending': 'L’amministratore ha già accettato l’invito.',
  'error.invitation_not_found':
    'Questo link di invito non è valido. Verifica di averlo copiato per intero.',
  'error.invitation_expired': 'Questo invito è scaduto. Chiedine uno nuovo.',
  'error.invitation_used': 'Questo invito è già stato accettato.',
  'error.invitation_revoked':
    'Questo invito non è più valido. Potrebbe esserne stato inviato uno più recente.',
  'error.user_not_active': 'Questo utente non ha ancora accettato l’invito.',
  'error.email_taken': 'Questo indirizzo email è già usato da un utente di questo cliente.',
  'error.last_admin': 'Ogni cliente deve avere almeno un amministratore attivo.',
  'error.stores_required': 'Scegli almeno un negozio per il responsabile negozi.',
  'error.platform_not_supported': 'Questa piattaforma non è supportata.',
  'error.invalid_shop_domain':
    'Inserisci l’indirizzo del negozio, ad esempio mio-negozio.myshopify.com.',
  'error.oauth_state_invalid':
    'La richiesta di collegamento è scaduta o è stata aperta due volte. Ricomincia.',
  'error.oauth_denied': 'Il collegamento non è stato approvato sulla piattaforma.',
  'error.hmac_invalid': 'Impossibile verificare la risposta della piattaforma. Ricomincia.',
  'error.credentials_invalid':
    'Il negozio ha rifiutato queste credenziali. Controlla la chiave e la chiave segreta.',
  'error.permissions_not_granted':
    'Il negozio non ha concesso le autorizzazioni necessarie. Approva tutte le autorizzazioni richieste.',
  'error.plan_without_api_access': 'Il piano di questo negozio non consente l’accesso alle API.',
  'error.reference_id_required':
    'Assegna prima un ID di riferimento a questo cliente: è l’ID di integrazione.',
  'error.store_needs_reauth': 'Questo negozio deve essere ricollegato.',
  'error.store_disconnected': 'Questo negozio è scollegato.',
  'error.platform_unavailable':
    'La piattaforma del negozio non risponde. Riprova tra qualche minuto.',
  'error.sync_in_progress': 'È già in corso una sincronizzazione per questo negozio.',
  'error.webhook_signature_invalid': 'La firma del webhook non è valida.',
  'error.product_uid_unknown': 'Questo Product UID non è presente nel catalogo.',
  'error.variant_not_found': 'Questa variante non esiste più nel negozio.',
  'error.file_url_invalid': 'L’indirizzo del file grafico non è un link web valido.',
  'error.file_type_unsupported': 'Questo tipo di file non è accettato: usa PDF, PNG, JPEG o SVG.',
  'error.print_area_invalid':
    'Questi file non corrispondono alle aree di stampa del prodotto del catalogo.',
  'error.print_specs_invalid':
    'Queste specifiche di stampa non sono disponibili per questo prodotto.',
  'error.csv_invalid': 'Impossibile leggere il file come CSV.',
  'error.order_reference_taken': 'Esiste già un ordine con questo riferimento.',
  'error.order_not_cancelable': 'Questo ordine non può più essere annullato.',
  'error.variant_unmapped': 'Un prodotto di questo ordine non è ancora associato al catalogo.',
  'error.postback_url_invalid': 'L’indirizzo di postback non è valido.',
  'error.idempotency_key_reuse':
    'Questa richiesta è già stata inviata con dati diversi. Ricarica la pagina e riprova.',
  'error.idempotency_in_progress':
    'La stessa richiesta è ancora in elaborazione. Attendi un momento.',
  'error.rate_limited': 'Troppe richieste in questo momento. Riprova tra poco.',
  'error.internal_error':
    'Si è verificato un errore da parte nostra. Riprova; se il problema persiste, contatta l’assistenza.',
  'error.service_unavailable': 'Il servizio è momentaneamente non disponibile. Riprova tra poco.',
};
