/**
 * The provider settings widgets' words (PostbackSettings, ProductionSettings), English: the source
 * of every key. Kept apart from the main catalogs so pages without them do not carry them;
 * `useSettingsText()` reads them after the main catalog and the host's `messages`.
 */
export const settingsEn = {
  'settings.urlInvalid': 'Enter a web address that starts with https://.',
  'settings.urlNotAllowed':
    'Requests cannot go to this address. Use a public https:// address that answers.',
  'postbacks.title': 'Postbacks',
  'postbacks.description':
    'Your systems are told about orders as they happen: each postback is a signed HTTPS request (Standard Webhooks), retried for three days when it fails.',
  'postbacks.add': 'Add endpoint',
  'postbacks.empty': 'No endpoints yet. Add one to receive order events.',
  'postbacks.events.count_one': '{count} event',
  'postbacks.events.count_other': '{count} events',
  'postbacks.scope.all': 'All clients',
  'postbacks.scope.client': 'Client {client}',
  'postbacks.state.enabled': 'On',
  'postbacks.state.by_user': 'Off',
  'postbacks.state.failing': 'Switched off: kept failing',
  'postbacks.state.gone': 'Switched off: endpoint gone',
  'postbacks.failingSince': 'Deliveries failing since {date}. It is switched off after three days.',
  'postbacks.disabled.failing':
    'This endpoint was switched off because its deliveries failed for three days without a success. Fix it, then switch it on again; failed deliveries can be sent again from the log.',
  'postbacks.disabled.gone':
    'This endpoint was switched off because it answered 410 Gone. Switch it on again once it takes postbacks.',
  'postbacks.enable': 'Switch on again',
  'postbacks.enableFor': 'Switch on again: {url}',
  'postbacks.edit': 'Edit',
  'postbacks.editFor': 'Edit {url}',
  'postbacks.rotate': 'Rotate secret',
  'postbacks.rotateFor': 'Rotate secret of {url}',
  'postbacks.test': 'Send test event',
  'postbacks.testFor': 'Send test event to {url}',
  'postbacks.testSent': 'Test event sent to {url}: {outcome}.',
  'postbacks.showLog': 'Deliveries',
  'postbacks.showLogFor': 'Deliveries to {url}',
  'postbacks.remove': 'Remove',
  'postbacks.removeFor': 'Remove {url}',
  'postbacks.remove.title': 'Remove this endpoint?',
  'postbacks.remove.description':
    '{url} stops receiving postbacks; deliveries still waiting for it are canceled.',
  'postbacks.remove.confirm': 'Remove endpoint',
  'postbacks.form.createTitle': 'Add a postback endpoint',
  'postbacks.form.editTitle': 'Edit endpoint',
  'postbacks.form.url': 'Endpoint URL',
  'postbacks.form.urlHint': 'An https:// address on the public internet that your system answers.',
  'postbacks.form.events': 'Events',
  'postbacks.form.eventsHint': 'Choose at least one.',
  'postbacks.form.allEvents': 'All events',
  'postbacks.form.enabled': 'Enabled',
  'postbacks.form.enabledHint': 'Off: no postbacks are sent; nothing is queued for it meanwhile.',
  'postbacks.form.notifyEmail': 'Email when it is switched off',
  'postbacks.form.notifyEmailHint': 'We write here if the endpoint keeps failing.',
  'postbacks.form.create': 'Add endpoint',
  'postbacks.form.eventsRequired': 'Choose at least one event.',
  'postbacks.secret.createdTitle': 'Endpoint added: copy its signing secret',
  'postbacks.secret.rotatedTitle': 'New signing secret',
  'postbacks.secret.label': 'Signing secret',
  'postbacks.secret.once':
    'Copy it now and keep it with your receiver: you will not see it again. If you lose it, rotate the secret.',
  'postbacks.secret.overlap':
    'Deliveries are signed with the previous secret too until {date}: switch your receiver to the new one before then.',
  'postbacks.secret.done': 'I have copied it',
  'postbacks.rotate.title': 'Rotate the signing secret?',
  'postbacks.rotate.description':
    'A new secret is made and shown once. For the next 24 hours every postback carries signatures with both the old and the new secret, so your receiver keeps working while you switch it over.',
  'postbacks.rotate.confirm': 'Rotate secret',
  'postbacks.rotate.pending': 'Signed with the previous secret too until {date}.',
  'postbacks.log.title': 'Delivery log',
  'postbacks.log.endpoint': 'Endpoint',
  'postbacks.log.event': 'Event',
  'postbacks.log.status': 'Status',
  'postbacks.log.any': 'Any',
  'postbacks.log.empty': 'No deliveries match.',
  'postbacks.log.none': 'Add an endpoint to see its deliveries here.',
  'postbacks.log.more': 'Load more',
  'postbacks.log.order': 'Order {order}',
  'postbacks.log.attempts_one': '{count} attempt',
  'postbacks.log.attempts_other': '{count} attempts',
  'postbacks.log.nextAttempt': 'Next attempt {date}',
  'postbacks.log.details': 'Details',
  'postbacks.log.detailsFor': 'Details of {event} at {date}',
  'postbacks.log.redeliver': 'Redeliver',
  'postbacks.log.redeliverFor': 'Redeliver {event} of {date}',
  'postbacks.log.redelivered': 'Sent again: {outcome}.',
  'postbacks.log.noAttempts': 'Not attempted yet.',
  'postbacks.attempt.status': 'HTTP {status}',
  'postbacks.attempt.unreachable': 'No answer: {error}',
  'postbacks.attempt.duration': '{ms} ms',
  'postbacks.attempt.manual': 'sent by hand',
  'postbacks.attempt.scheduled': 'scheduled',
  'postbacks.attempt.response': 'Response',
  'postbacks.delivery.pending': 'Pending',
  'postbacks.delivery.succeeded': 'Delivered',
  'postbacks.delivery.failed': 'Failed',
  'postbacks.delivery.canceled': 'Canceled',
  'postbacks.event.postback.test': 'Test event',
  'production.title': 'Production',
  'production.description':
    'Where your orders are made. Orders that are ready go there; progress and tracking come back to the order.',
  'production.current.none': 'No production connection yet: orders wait until you choose one.',
  'production.current.default':
    'Orders go to the server’s default production system (a simulator in development).',
  'production.current.gelatoconnect': 'Orders go to GelatoConnect at {url}.',
  'production.current.postbacks': 'Your system takes order postbacks and reports progress.',
  'production.kind': 'Connection',
  'production.kind.gelatoconnect': 'GelatoConnect',
  'production.kind.gelatoconnectHint':
    'Orders are submitted to a GelatoConnect API connector; its status postbacks come back.',
  'production.kind.postbacks': 'Postbacks and the status API',
  'production.kind.postbacksHint':
    'Any other system: subscribe an endpoint to order.received below, and report progress with POST /v1/orders/{id}/events.',
  'production.orderUrl': 'Order URL',
  'production.orderUrlHint':
    'The connector’s order address (Order Intake → Connectors → API Connector), ending in /order.',
  'production.apiKey': 'API key',
  'production.apiKeyHint': 'key:secret from the connector. It is stored encrypted and never shown.',
  'production.apiKeySaved':
    'The saved key ends in {last4}. Enter the key again to save changes: it is never shown back.',
  'production.save': 'Save connection',
  'production.saved': 'Production connection saved.',
  'production.statusUrl': 'Status URL for GelatoConnect',
  'production.statusUrlHint':
    'Set it as the connector’s postback URL. It is shown once: saving again issues a new one and the old one stops working.',
  'production.noTest':
    'Send a test order from a store to check the connection: it travels as a draft and is never produced.',
} as const;

export type SettingsMessageKey = keyof typeof settingsEn;
export type SettingsMessages = { readonly [K in SettingsMessageKey]: string };
