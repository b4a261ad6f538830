import type { SettingsMessages } from './en.js';

export const settingsIt: SettingsMessages = {
  'settings.urlInvalid': 'Inserisci un indirizzo web che inizi con https://.',
  'settings.urlNotAllowed':
    'Non è possibile inviare richieste a questo indirizzo. Usa un indirizzo https:// pubblico che risponda.',
  'postbacks.title': 'Postback',
  'postbacks.description':
    'I tuoi sistemi vengono informati sugli ordini man mano che succede qualcosa: ogni postback è una richiesta HTTPS firmata (Standard Webhooks), ritentata per tre giorni se non va a buon fine.',
  'postbacks.add': 'Aggiungi endpoint',
  'postbacks.empty':
    'Nessun endpoint per ora. Aggiungine uno per ricevere gli eventi degli ordini.',
  'postbacks.events.count_one': '{count} evento',
  'postbacks.events.count_other': '{count} eventi',
  'postbacks.scope.all': 'Tutti i clienti',
  'postbacks.scope.client': 'Cliente {client}',
  'postbacks.state.enabled': 'Attivo',
  'postbacks.state.by_user': 'Disattivato',
  'postbacks.state.failing': 'Disattivato: errori continui',
  'postbacks.state.gone': 'Disattivato: endpoint non più esistente',
  'postbacks.failingSince': 'Gli invii non riescono dal {date}. Dopo tre giorni viene disattivato.',
  'postbacks.disabled.failing':
    'Questo endpoint è stato disattivato perché i suoi invii sono falliti per tre giorni senza alcun successo. Correggilo e riattivalo; gli invii falliti nel frattempo si possono rinviare dal registro.',
  'postbacks.disabled.gone':
    'Questo endpoint è stato disattivato perché ha risposto 410 Gone. Riattivalo quando accetta di nuovo i postback.',
  'postbacks.enable': 'Riattiva',
  'postbacks.enableFor': 'Riattiva: {url}',
  'postbacks.edit': 'Modifica',
  'postbacks.editFor': 'Modifica {url}',
  'postbacks.rotate': 'Ruota il segreto',
  'postbacks.rotateFor': 'Ruota il segreto di {url}',
  'postbacks.test': 'Invia evento di prova',
  'postbacks.testFor': 'Invia evento di prova a {url}',
  'postbacks.testSent': 'Evento di prova inviato a {url}: {outcome}.',
  'postbacks.showLog': 'Invii',
  'postbacks.showLogFor': 'Invii a {url}',
  'postbacks.remove': 'Rimuovi',
  'postbacks.removeFor': 'Rimuovi {url}',
  'postbacks.remove.title': 'Rimuovere questo endpoint?',
  'postbacks.remove.description':
    '{url} non riceverà più postback; gli invii ancora in attesa vengono annullati.',
  'postbacks.remove.confirm': 'Rimuovi endpoint',
  'postbacks.form.createTitle': 'Aggiungi un endpoint di postback',
  'postbacks.form.editTitle': 'Modifica endpoint',
  'postbacks.form.url': 'URL dell’endpoint',
  'postbacks.form.urlHint':
    'Un indirizzo https:// pubblico su internet a cui il tuo sistema risponde.',
  'postbacks.form.events': 'Eventi',
  'postbacks.form.eventsHint': 'Scegline almeno uno.',
  'postbacks.form.allEvents': 'Tutti gli eventi',
  'postbacks.form.enabled': 'Attivo',
  'postbacks.form.enabledHint':
    'Disattivato: non si inviano postback e nel frattempo non si accumula nulla per lui.',
  'postbacks.form.notifyEmail': 'Email quando viene disattivato',
  'postbacks.form.notifyEmailHint': 'Scriviamo qui se l’endpoint continua a non rispondere.',
  'postbacks.form.create': 'Aggiungi endpoint',
  'postbacks.form.eventsRequired': 'Scegli almeno un evento.',
  'postbacks.secret.createdTitle': 'Endpoint aggiunto: copia il suo segreto di firma',
  'postbacks.secret.rotatedTitle': 'Nuovo segreto di firma',
  'postbacks.secret.label': 'Segreto di firma',
  'postbacks.secret.once':
    'Copialo ora e conservalo nel tuo ricevitore: non lo vedrai più. Se lo perdi, ruota il segreto.',
  'postbacks.secret.overlap':
    'Fino al {date} gli invii sono firmati anche con il segreto precedente: passa il ricevitore al nuovo entro quella data.',
  'postbacks.secret.done': 'L’ho copiato',
  'postbacks.rotate.title': 'Ruotare il segreto di firma?',
  'postbacks.rotate.description':
    'Viene creato un nuovo segreto, mostrato una sola volta. Per le prossime 24 ore ogni postback porta firme con il vecchio e con il nuovo segreto, così il ricevitore continua a funzionare mentre lo aggiorni.',
  'postbacks.rotate.confirm': 'Ruota il segreto',
  'postbacks.rotate.pending': 'Firmato anche con il segreto precedente fino al {date}.',
  'postbacks.log.title': 'Registro degli invii',
  'postbacks.log.endpoint': 'Endpoint',
  'postbacks.log.event': 'Evento',
  'postbacks.log.status': 'Stato',
  'postbacks.log.any': 'Tutti',
  'postbacks.log.empty': 'Nessun invio corrisponde.',
  'postbacks.log.none': 'Aggiungi un endpoint per vederne qui gli invii.',
  'postbacks.log.more': 'Carica altri',
  'postbacks.log.order': 'Ordine {order}',
  'postbacks.log.attempts_one': '{count} tentativo',
  'postbacks.log.attempts_other': '{count} tentativi',
  'postbacks.log.nextAttempt': 'Prossimo tentativo {date}',
  'postbacks.log.details': 'Dettagli',
  'postbacks.log.detailsFor': 'Dettagli di {event} del {date}',
  'postbacks.log.redeliver': 'Rinvia',
  'postbacks.log.redeliverFor': 'Rinvia {event} del {date}',
  'postbacks.log.redelivered': 'Rinviato: {outcome}.',
  'postbacks.log.noAttempts': 'Non ancora tentato.',
  'postbacks.attempt.status': 'HTTP {status}',
  'postbacks.attempt.unreachable': 'Nessuna risposta: {error}',
  'postbacks.attempt.duration': '{ms} ms',
  'postbacks.attempt.manual': 'inviato a mano',
  'postbacks.attempt.scheduled': 'programmato',
  'postbacks.attempt.response': 'Risposta',
  'postbacks.delivery.pending': 'In attesa',
  'postbacks.delivery.succeeded': 'Consegnato',
  'postbacks.delivery.failed': 'Fallito',
  'postbacks.delivery.canceled': 'Annullato',
  'postbacks.event.postback.test': 'Evento di prova',
  'production.title': 'Produzione',
  'production.description':
    'Dove vengono prodotti i tuoi ordini. Gli ordini pronti vanno lì; avanzamento e tracciamento tornano sull’ordine.',
  'production.current.none':
    'Nessuna connessione di produzione: gli ordini aspettano finché non ne scegli una.',
  'production.current.default':
    'Gli ordini vanno al sistema di produzione predefinito del server (un simulatore in sviluppo).',
  'production.current.gelatoconnect': 'Gli ordini vanno a GelatoConnect su {url}.',
  'production.current.postbacks':
    'Il tuo sistema riceve i postback degli ordini e comunica l’avanzamento.',
  'production.kind': 'Connessione',
  'production.kind.gelatoconnect': 'GelatoConnect',
  'production.kind.gelatoconnectHint':
    'Gli ordini vengono inviati a un connettore API di GelatoConnect; i suoi postback di stato tornano indietro.',
  'production.kind.postbacks': 'Postback e API di stato',
  'production.kind.postbacksHint':
    'Qualsiasi altro sistema: iscrivi un endpoint a order.received qui sotto e comunica l’avanzamento con POST /v1/orders/{id}/events.',
  'production.orderUrl': 'URL degli ordini',
  'production.orderUrlHint':
    'L’indirizzo ordini del connettore (Order Intake → Connectors → API Connector), che termina con /order.',
  'production.apiKey': 'Chiave API',
  'production.apiKeyHint':
    'key:secret del connettore. Viene salvata cifrata e non viene mai mostrata.',
  'production.apiKeySaved':
    'La chiave salvata termina con {last4}. Inseriscila di nuovo per salvare le modifiche: non viene mai mostrata.',
  'production.save': 'Salva connessione',
  'production.saved': 'Connessione di produzione salvata.',
  'production.statusUrl': 'URL di stato per GelatoConnect',
  'production.statusUrlHint':
    'Impostala come URL di postback del connettore. Viene mostrata una sola volta: salvando di nuovo se ne crea una nuova e la vecchia smette di funzionare.',
  'production.noTest':
    'Invia un ordine di prova da un negozio per verificare la connessione: viaggia come bozza e non viene mai prodotto.',
};
