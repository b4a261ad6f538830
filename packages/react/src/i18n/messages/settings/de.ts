import type { SettingsMessages } from './en.js';

export const settingsDe: SettingsMessages = {
  'settings.urlInvalid': 'Geben Sie eine Webadresse ein, die mit https:// beginnt.',
  'settings.urlNotAllowed':
    'An diese Adresse können keine Anfragen gehen. Verwenden Sie eine öffentliche https://-Adresse, die antwortet.',
  'postbacks.title': 'Postbacks',
  'postbacks.description':
    'Ihre Systeme erfahren von Bestellungen, sobald etwas passiert: Jeder Postback ist eine signierte HTTPS-Anfrage (Standard Webhooks) und wird bei Fehlern drei Tage lang wiederholt.',
  'postbacks.add': 'Endpunkt hinzufügen',
  'postbacks.empty':
    'Noch keine Endpunkte. Fügen Sie einen hinzu, um Bestellereignisse zu erhalten.',
  'postbacks.events.count_one': '{count} Ereignis',
  'postbacks.events.count_other': '{count} Ereignisse',
  'postbacks.scope.all': 'Alle Kunden',
  'postbacks.scope.client': 'Kunde {client}',
  'postbacks.state.enabled': 'Aktiv',
  'postbacks.state.by_user': 'Aus',
  'postbacks.state.failing': 'Abgeschaltet: ständige Fehler',
  'postbacks.state.gone': 'Abgeschaltet: Endpunkt entfernt',
  'postbacks.failingSince':
    'Zustellungen schlagen seit {date} fehl. Nach drei Tagen wird der Endpunkt abgeschaltet.',
  'postbacks.disabled.failing':
    'Dieser Endpunkt wurde abgeschaltet, weil seine Zustellungen drei Tage lang ohne Erfolg fehlschlugen. Beheben Sie das Problem und schalten Sie ihn wieder ein; fehlgeschlagene Zustellungen können im Protokoll erneut gesendet werden.',
  'postbacks.disabled.gone':
    'Dieser Endpunkt wurde abgeschaltet, weil er mit 410 Gone antwortete. Schalten Sie ihn wieder ein, sobald er Postbacks annimmt.',
  'postbacks.enable': 'Wieder einschalten',
  'postbacks.enableFor': 'Wieder einschalten: {url}',
  'postbacks.edit': 'Bearbeiten',
  'postbacks.editFor': 'Bearbeiten {url}',
  'postbacks.rotate': 'Secret erneuern',
  'postbacks.rotateFor': 'Secret erneuern für {url}',
  'postbacks.test': 'Testereignis senden',
  'postbacks.testFor': 'Testereignis senden an {url}',
  'postbacks.testSent': 'Testereignis an {url} gesendet: {outcome}.',
  'postbacks.showLog': 'Zustellungen',
  'postbacks.showLogFor': 'Zustellungen an {url}',
  'postbacks.remove': 'Entfernen',
  'postbacks.removeFor': 'Entfernen {url}',
  'postbacks.remove.title': 'Diesen Endpunkt entfernen?',
  'postbacks.remove.description':
    '{url} erhält keine Postbacks mehr; noch wartende Zustellungen werden storniert.',
  'postbacks.remove.confirm': 'Endpunkt entfernen',
  'postbacks.form.createTitle': 'Postback-Endpunkt hinzufügen',
  'postbacks.form.editTitle': 'Endpunkt bearbeiten',
  'postbacks.form.url': 'Endpunkt-URL',
  'postbacks.form.urlHint':
    'Eine https://-Adresse im öffentlichen Internet, auf die Ihr System antwortet.',
  'postbacks.form.events': 'Ereignisse',
  'postbacks.form.eventsHint': 'Wählen Sie mindestens eines.',
  'postbacks.form.allEvents': 'Alle Ereignisse',
  'postbacks.form.enabled': 'Aktiv',
  'postbacks.form.enabledHint':
    'Aus: Es werden keine Postbacks gesendet und in der Zwischenzeit nichts vorgemerkt.',
  'postbacks.form.notifyEmail': 'E-Mail, wenn er abgeschaltet wird',
  'postbacks.form.notifyEmailHint':
    'Wir schreiben hierhin, wenn der Endpunkt dauerhaft fehlschlägt.',
  'postbacks.form.create': 'Endpunkt hinzufügen',
  'postbacks.form.eventsRequired': 'Wählen Sie mindestens ein Ereignis.',
  'postbacks.secret.createdTitle': 'Endpunkt hinzugefügt: Kopieren Sie sein Signatur-Secret',
  'postbacks.secret.rotatedTitle': 'Neues Signatur-Secret',
  'postbacks.secret.label': 'Signatur-Secret',
  'postbacks.secret.once':
    'Kopieren Sie es jetzt und hinterlegen Sie es bei Ihrem Empfänger: Sie werden es nicht wieder sehen. Wenn Sie es verlieren, erneuern Sie das Secret.',
  'postbacks.secret.overlap':
    'Bis {date} werden Zustellungen zusätzlich mit dem bisherigen Secret signiert: Stellen Sie Ihren Empfänger vorher auf das neue um.',
  'postbacks.secret.done': 'Ich habe es kopiert',
  'postbacks.rotate.title': 'Signatur-Secret erneuern?',
  'postbacks.rotate.description':
    'Ein neues Secret wird erzeugt und einmal angezeigt. In den nächsten 24 Stunden trägt jeder Postback Signaturen mit dem alten und dem neuen Secret, sodass Ihr Empfänger während der Umstellung weiter funktioniert.',
  'postbacks.rotate.confirm': 'Secret erneuern',
  'postbacks.rotate.pending': 'Bis {date} zusätzlich mit dem bisherigen Secret signiert.',
  'postbacks.log.title': 'Zustellprotokoll',
  'postbacks.log.endpoint': 'Endpunkt',
  'postbacks.log.event': 'Ereignis',
  'postbacks.log.status': 'Status',
  'postbacks.log.any': 'Alle',
  'postbacks.log.empty': 'Keine passenden Zustellungen.',
  'postbacks.log.none': 'Fügen Sie einen Endpunkt hinzu, um hier seine Zustellungen zu sehen.',
  'postbacks.log.more': 'Mehr laden',
  'postbacks.log.order': 'Bestellung {order}',
  'postbacks.log.attempts_one': '{count} Versuch',
  'postbacks.log.attempts_other': '{count} Versuche',
  'postbacks.log.nextAttempt': 'Nächster Versuch {date}',
  'postbacks.log.details': 'Details',
  'postbacks.log.detailsFor': 'Details {event} vom {date}',
  'postbacks.log.redeliver': 'Erneut senden',
  'postbacks.log.redeliverFor': 'Erneut senden: {event} vom {date}',
  'postbacks.log.redelivered': 'Erneut gesendet: {outcome}.',
  'postbacks.log.noAttempts': 'Noch nicht versucht.',
  'postbacks.attempt.status': 'HTTP {status}',
  'postbacks.attempt.unreachable': 'Keine Antwort: {error}',
  'postbacks.attempt.duration': '{ms} ms',
  'postbacks.attempt.manual': 'von Hand gesendet',
  'postbacks.attempt.scheduled': 'geplant',
  'postbacks.attempt.response': 'Antwort',
  'postbacks.delivery.pending': 'Ausstehend',
  'postbacks.delivery.succeeded': 'Zugestellt',
  'postbacks.delivery.failed': 'Fehlgeschlagen',
  'postbacks.delivery.canceled': 'Storniert',
  'postbacks.event.postback.test': 'Testereignis',
  'production.title': 'Produktion',
  'production.description':
    'Wo Ihre Bestellungen hergestellt werden. Fertige Bestellungen gehen dorthin; Fortschritt und Sendungsverfolgung kommen zur Bestellung zurück.',
  'production.current.none':
    'Noch keine Produktionsverbindung: Bestellungen warten, bis Sie eine wählen.',
  'production.current.default':
    'Bestellungen gehen an das Standard-Produktionssystem des Servers (in der Entwicklung ein Simulator).',
  'production.current.gelatoconnect': 'Bestellungen gehen an GelatoConnect unter {url}.',
  'production.current.postbacks':
    'Ihr System nimmt Bestell-Postbacks an und meldet den Fortschritt.',
  'production.kind': 'Verbindung',
  'production.kind.gelatoconnect': 'GelatoConnect',
  'production.kind.gelatoconnectHint':
    'Bestellungen werden an einen GelatoConnect-API-Connector übermittelt; seine Status-Postbacks kommen zurück.',
  'production.kind.postbacks': 'Postbacks und die Status-API',
  'production.kind.postbacksHint':
    'Jedes andere System: Abonnieren Sie unten einen Endpunkt für order.received und melden Sie den Fortschritt mit POST /v1/orders/{id}/events.',
  'production.orderUrl': 'Bestell-URL',
  'production.orderUrlHint':
    'Die Bestelladresse des Connectors (Order Intake → Connectors → API Connector), endet auf /order.',
  'production.apiKey': 'API-Schlüssel',
  'production.apiKeyHint':
    'key:secret aus dem Connector. Er wird verschlüsselt gespeichert und nie angezeigt.',
  'production.apiKeySaved':
    'Der gespeicherte Schlüssel endet auf {last4}. Geben Sie ihn erneut ein, um Änderungen zu speichern: Er wird nie zurückgegeben.',
  'production.save': 'Verbindung speichern',
  'production.saved': 'Produktionsverbindung gespeichert.',
  'production.statusUrl': 'Status-URL für GelatoConnect',
  'production.statusUrlHint':
    'Tragen Sie sie als Postback-URL des Connectors ein. Sie wird einmal angezeigt: Erneutes Speichern erzeugt eine neue, und die alte funktioniert nicht mehr.',
  'production.noTest':
    'Senden Sie eine Testbestellung aus einem Shop, um die Verbindung zu prüfen: Sie geht als Entwurf und wird nie produziert.',
};
