import type { Messages } from './en.js';

export const es: Messages = {
  // shared
  'common.cancel': 'Cancelar',
  'common.close': 'Cerrar',
  'common.retry': 'Reintentar',
  'common.save': 'Guardar',
  'common.saving': 'Guardando…',
  'common.loading': 'Cargando…',
  'common.optional': 'opcional',
  'common.required': 'obligatorio',

  // ClientForm
  'clientForm.title.create': 'Nuevo cliente',
  'clientForm.title.edit': 'Editar cliente',
  'clientForm.name.label': 'Nombre del cliente',
  'clientForm.name.hint': 'El nombre comercial que verán tu equipo y el cliente.',
  'clientForm.referenceId.label': 'ID de referencia',
  'clientForm.referenceId.hint':
    'Tu propio ID para este cliente, por ejemplo, el de tu ERP. También se usa como ID de integración de Pressero.',
  'clientForm.description.label': 'Descripción',
  'clientForm.description.hint': 'Notas para tu equipo.',
  'clientForm.submit.create': 'Crear cliente',
  'clientForm.submit.edit': 'Guardar cambios',
  'clientForm.submitting.create': 'Creando…',
  'clientForm.submitting.edit': 'Guardando…',
  'clientForm.success.create': 'Cliente “{name}” creado.',
  'clientForm.success.edit': 'Cambios guardados.',
  'clientForm.loadError': 'No se pudo cargar el cliente.',

  // field validation (by zod issue code or API code)
  'validation.required': 'Este campo es obligatorio.',
  'validation.tooLong': 'Usa como máximo {max} caracteres.',
  'validation.tooShort': 'Usa al menos {min} caracteres.',
  'validation.email':
    'Escribe una dirección de correo electrónico válida, como nombre@example.com.',
  'validation.referenceId':
    'Usa solo letras, números y . _ : / -, empezando por una letra o un número.',
  'validation.invalid': 'Este valor no es válido.',

  // AccessToggle
  'access.title': 'Acceso a Storefronts',
  'access.description':
    'Permite que este cliente inicie sesión para conectar tiendas, vincular productos al catálogo y seguir sus pedidos.',
  'access.switchLabel': 'Acceso a Storefronts para {client}',
  'access.state.off': 'Desactivado',
  'access.state.invited': 'Invitación enviada',
  'access.state.active': 'Activo',
  'access.state.expired': 'Invitación caducada',
  'access.admin': 'Administrador',
  'access.invitedOn': 'Invitación enviada el {date}',
  'access.expiresOn': 'Enlace válido hasta el {date}',
  'access.expiredOn': 'El enlace caducó el {date}. Envía uno nuevo.',
  'access.activeSince': 'Activo desde el {date}',
  'access.resend': 'Reenviar invitación',
  'access.resending': 'Enviando…',
  'access.resent': 'Se envió una nueva invitación a {email}.',
  'access.enable.title': 'Activar el acceso a Storefronts',
  'access.enable.description':
    'Enviaremos una invitación por correo electrónico al administrador del cliente. Después, podrá invitar a su propio equipo.',
  'access.enable.email': 'Correo electrónico del administrador',
  'access.enable.firstName': 'Nombre',
  'access.enable.lastName': 'Apellido',
  'access.enable.submit': 'Enviar invitación',
  'access.enable.submitting': 'Enviando…',
  'access.disable.title': '¿Desactivar el acceso a Storefronts?',
  'access.disable.description':
    '{client} y su equipo perderán el acceso de inmediato. Las invitaciones pendientes dejarán de funcionar. Se conservan los usuarios, las tiendas y el historial, y podrás volver a activar el acceso más adelante.',
  'access.disable.confirm': 'Desactivar acceso',
  'access.disable.submitting': 'Desactivando…',
  'access.enabled': 'El acceso está activado. Se envió una invitación a {email}.',
  'access.disabled': 'El acceso está desactivado.',
  'access.loadError': 'No se pudo cargar la configuración de acceso.',

  // Invitation acceptance
  'invitation.title': 'Únete a {client}',
  'invitation.body':
    '{provider} invitó a {email} a gestionar las tiendas de {client} con el rol {role}.',
  'invitation.accept': 'Aceptar invitación',
  'invitation.accepting': 'Aceptando…',
  'invitation.accepted': '¡Listo! Tu acceso a {client} ya está activo.',
  'invitation.invalid.title': 'Este enlace de invitación no funciona',
  'invitation.invalid.hint': 'Pide a quien te invitó que te envíe una nueva invitación.',
  'invitation.status.expired': 'Esta invitación caducó. Pide a {provider} que te envíe una nueva.',
  'invitation.status.accepted': 'Esta invitación ya se aceptó.',
  'invitation.status.revoked':
    'Esta invitación ya no es válida. Es posible que se haya enviado una más reciente.',

  // roles
  'role.admin': 'Administrador',
  'role.store_manager': 'Gestor de tiendas',
  'role.order_manager': 'Gestor de pedidos',
  'role.viewer': 'Solo lectura',

  // UserManager
  'users.title': 'Equipo',
  'users.description':
    'Personas que pueden iniciar sesión en la cuenta de este cliente y lo que puede hacer cada una.',
  'users.invite': 'Invitar a personas',
  'users.column.name': 'Nombre',
  'users.column.role': 'Rol',
  'users.column.status': 'Estado',
  'users.column.actions': 'Acciones',
  'users.status.active': 'Activo',
  'users.status.invited': 'Invitación enviada',
  'users.status.expired': 'Invitación caducada',
  'users.you': 'tú',
  'users.stores': 'Tiendas: {stores}',
  'users.noStores': 'Sin tiendas asignadas',
  'users.empty':
    'Aún no hay miembros en el equipo. Invita a las personas que gestionan las tiendas y los pedidos.',
  'users.loadMore': 'Mostrar más',
  'users.readOnly': 'Solo los administradores pueden modificar el equipo.',
  'users.count_one': '{count} persona',
  'users.count_other': '{count} personas',
  'users.action.changeRole': 'Cambiar rol',
  'users.action.resend': 'Reenviar invitación',
  'users.action.revoke': 'Revocar invitación',
  'users.action.remove': 'Quitar',
  'users.actionsFor': 'Acciones para {name}',
  'users.role.admin.hint': 'Todo en esta cuenta, incluido el equipo.',
  'users.role.store_manager.hint': 'Las tiendas asignadas a continuación y sus productos.',
  'users.role.order_manager.hint': 'Solo los pedidos.',
  'users.role.viewer.hint': 'Lo ve todo, pero no cambia nada.',
  'users.inviteDialog.title': 'Invitar a personas',
  'users.inviteDialog.description':
    'Cada persona recibirá un correo electrónico con un enlace para unirse. Los enlaces caducan a los 7 días.',
  'users.inviteDialog.person': 'Persona {number}',
  'users.inviteDialog.email': 'Correo electrónico',
  'users.inviteDialog.firstName': 'Nombre',
  'users.inviteDialog.lastName': 'Apellido',
  'users.inviteDialog.addPerson': 'Añadir otra persona',
  'users.inviteDialog.removePerson': 'Quitar a la persona {number}',
  'users.inviteDialog.role': 'Rol',
  'users.inviteDialog.stores': 'Tiendas que gestionará',
  'users.inviteDialog.noStores':
    'Este cliente aún no tiene tiendas. Conecta primero una tienda o elige otro rol.',
  'users.inviteDialog.submit_one': 'Enviar invitación',
  'users.inviteDialog.submit_other': 'Enviar {count} invitaciones',
  'users.inviteDialog.sending': 'Enviando…',
  'users.inviteDialog.partial':
    'Invitaciones enviadas: {sent}. Corrige los datos de las personas resaltadas y vuelve a enviarlas.',
  'users.invited_one': 'Se envió una invitación a {email}.',
  'users.invited_other': 'Se enviaron {count} invitaciones.',
  'users.roleDialog.title': 'Cambiar el rol de {name}',
  'users.roleDialog.submit': 'Guardar rol',
  'users.roleChanged': '{name} ahora tiene el rol {role}.',
  'users.removeDialog.title': '¿Quitar a {name}?',
  'users.removeDialog.description':
    '{name} perderá el acceso de inmediato. Podrás volver a enviarle una invitación más adelante.',
  'users.removeDialog.confirm': 'Quitar',
  'users.revokeDialog.title': '¿Revocar la invitación enviada a {email}?',
  'users.revokeDialog.description':
    'El enlace que recibió por correo electrónico dejará de funcionar.',
  'users.revokeDialog.confirm': 'Revocar invitación',
  'users.removed': 'Se quitó a {name} del equipo.',
  'users.revoked': 'Se revocó la invitación enviada a {email}.',
  'users.resent': 'Se envió una nueva invitación a {email}.',
  'users.shown_one': '{count} persona mostrada',
  'users.shown_other': '{count} personas mostradas',
  'users.lastAdmin':
    'Único administrador activo: haz administrador a otra persona antes de cambiar este rol.',
  'users.removeSelfDialog.title': '¿Salir de este equipo?',
  'users.removeSelfDialog.description':
    'Pierdes el acceso a este cliente al instante. Otro administrador puede volver a invitarte.',
  'users.roleDialog.selfWarning':
    'Es tu propio rol: sin Administrador ya no podrás cambiar el equipo.',
  'validation.storesRequired': 'Elige al menos una tienda.',

  // StoreConnectButton and StoreList
  'stores.platform.shopify': 'Shopify',
  'stores.platform.etsy': 'Etsy',
  'stores.platform.woocommerce': 'WooCommerce',
  'stores.platform.pressero': 'Pressero',
  'stores.platform.manual': 'Tienda manual',
  'stores.platform.shopify.description': 'Aprueba la conexión en el panel de Shopify.',
  'stores.platform.etsy.description': 'Inicia sesión en Etsy y elige tu tienda.',
  'stores.platform.woocommerce.description': 'Aprueba en WordPress o pega claves de la API REST.',
  'stores.platform.pressero.description':
    'Conecta un sitio de Pressero con un acceso de administrador.',
  'stores.platform.manual.description': 'Sin plataforma: añade pedidos a mano o por CSV.',
  'stores.status.connecting': 'Conectando',
  'stores.status.connected': 'Conectada',
  'stores.status.needs_reauth': 'Hay que reconectar',
  'stores.status.error': 'Error de conexión',
  'stores.status.disconnected': 'Desconectada',
  'stores.reason.token_revoked': 'La plataforma revocó el acceso.',
  'stores.reason.token_expired': 'El acceso caducó.',
  'stores.reason.app_uninstalled': 'La app se desinstaló de la tienda.',
  'stores.reason.credentials_invalid': 'La tienda rechazó las credenciales.',
  'stores.reason.credentials_rejected':
    'Se rechazó el acceso; puede que la contraseña haya cambiado.',
  'stores.reason.credentials_unreadable': 'Las credenciales guardadas ya no se pueden leer.',
  'stores.reason.credentials_missing': 'No hay credenciales guardadas para esta tienda.',
  'stores.reason.keys_revoked': 'Las claves de API se revocaron en WooCommerce.',
  'stores.reason.read_only_key': 'La clave de API es de solo lectura; necesita Lectura/Escritura.',
  'stores.reason.permissions_not_granted': 'No se concedieron algunos permisos.',
  'stores.reason.plan_without_api_access': 'El plan de la tienda no permite acceso a la API.',
  'stores.reason.oauth_denied': 'La conexión se rechazó en la plataforma.',
  'stores.reason.shop_missing': 'Esta cuenta no tiene tienda.',
  'stores.reason.shop_not_found': 'La tienda ya no existe.',
  'stores.reason.site_not_found': 'El sitio ya no existe.',
  'stores.reason.rest_api_unavailable': 'No se puede acceder a la API REST de la tienda.',
  'stores.reason.api_key_refused': 'La plataforma rechazó la clave de app de este servidor.',
  'stores.reason.other': 'Motivo: {reason}.',
  'stores.advice.credentials_invalid':
    'Vuelve a copiar la clave y el secreto, sin espacios, o crea un nuevo par de claves e inténtalo de nuevo.',
  'stores.advice.credentials_invalid.pressero':
    'Inicia sesión en el panel de Pressero con el mismo usuario y contraseña para comprobarlos y vuelve a intentarlo.',
  'stores.advice.permissions_not_granted':
    'Aprueba todos los permisos que se piden. Para claves de WooCommerce, elige acceso de Lectura/Escritura.',
  'stores.advice.plan_without_api_access':
    'Comprueba que la tienda está activa y que su plan incluye acceso a la API, y vuelve a intentarlo.',
  'stores.advice.oauth_denied':
    'No se conectó nada. Inténtalo de nuevo y elige Aprobar cuando la plataforma lo pregunte.',
  'stores.advice.oauth_state_invalid':
    'La solicitud era demasiado antigua o ya se había usado. Empieza de nuevo y termina en 10 minutos.',
  'stores.advice.invalid_shop_domain':
    'Revisa la dirección: abre tu tienda en el navegador y cópiala de la barra de direcciones.',
  'stores.advice.platform_unavailable':
    'La plataforma no responde ahora mismo. Espera unos minutos y vuelve a intentarlo.',
  'stores.advice.platform_not_supported':
    'Pide a tu proveedor de impresión que active esta plataforma.',
  'stores.advice.reference_id_required':
    'Tu proveedor de impresión asigna el ID de referencia al cliente. Pídeselo y vuelve a conectar.',
  'stores.advice.popup_closed':
    'Inténtalo de nuevo y deja la ventana abierta hasta que indique que la tienda está conectada.',
  'stores.connect.button': 'Conectar una tienda',
  'stores.connect.reconnect': 'Reconectar',
  'stores.connect.title': 'Conectar una tienda',
  'stores.connect.titleFor': 'Conectar una tienda de {platform}',
  'stores.connect.titleManual': 'Añadir una tienda manual',
  'stores.connect.reconnectTitle': 'Reconectar {name}',
  'stores.connect.pickPlatform': '¿Dónde vendes?',
  'stores.connect.continue': 'Continuar',
  'stores.connect.continueTo': 'Continuar a {platform}',
  'stores.connect.back': 'Atrás',
  'stores.connect.submit': 'Conectar tienda',
  'stores.connect.createManual': 'Crear tienda',
  'stores.connect.checking': 'Comprobando…',
  'stores.connect.waiting': 'Esperando a que apruebes la conexión en la ventana de {platform}…',
  'stores.connect.waitingHint': '¿No ves la ventana? Puede estar detrás de esta: vuelve a abrirla.',
  'stores.connect.redirecting': 'Te llevamos a {platform}…',
  'stores.connect.reopen': 'Volver a abrir la ventana',
  'stores.connect.exchanging': 'Terminando la conexión…',
  'stores.connect.connected': '{name} está conectada. Se están importando sus productos.',
  'stores.connect.createdManual': 'Se creó {name}.',
  'stores.connect.failed': 'No se pudo conectar la tienda',
  'stores.connect.popupClosed': 'La ventana se cerró antes de terminar la conexión.',
  'stores.connect.done': 'Listo',
  'stores.shopify.instructions':
    'Aprobarás la conexión en el panel de Shopify, en una ventana nueva.',
  'stores.etsy.instructions':
    'Iniciarás sesión en Etsy en una ventana nueva y elegirás la tienda que quieres conectar.',
  'stores.woocommerce.how': '¿Cómo quieres conectarla?',
  'stores.woocommerce.approve': 'Aprobar en WooCommerce',
  'stores.woocommerce.approve.description':
    'Recomendado: tu tienda crea las claves cuando lo apruebas.',
  'stores.woocommerce.keys': 'Introducir claves de API',
  'stores.woocommerce.keys.description':
    'Pega una clave y un secreto de cliente que hayas creado tú.',
  'stores.woocommerce.keysHowTo':
    'En WordPress, abre WooCommerce › Ajustes › Avanzado › API REST › Añadir clave, elige Lectura/Escritura y pega aquí la clave y el secreto.',
  'stores.pressero.licence':
    'Conectar Pressero requiere una licencia de API de Aleyant para tu proveedor de impresión.',
  'stores.pressero.login':
    'Usa un acceso de administrador de Pressero que pueda abrir este sitio. El acceso se comprueba con Pressero y se guarda cifrado.',
  'stores.pressero.webhookSetup':
    'Para recibir pedidos, añade un webhook en Pressero en Preferences › Webhooks con estos valores.',
  'stores.pressero.integrationId': 'ID de integración',
  'stores.pressero.webhookUrl': 'URL del webhook',
  'stores.pressero.webhookSecret': 'Secreto del webhook (Security Key)',
  'stores.pressero.shownOnce':
    'Copia ahora el secreto del webhook: solo se muestra una vez. Si lo pierdes, pide uno nuevo.',
  'stores.pressero.secretKept':
    'La Security Key ya pegada en Pressero sigue siendo válida: solo comprueba que el webhook use esta URL y este ID de integración.',
  'stores.copy': 'Copiar',
  'stores.copy.label': 'Copiar {label}',
  'stores.copy.done': '{label} copiado.',
  'stores.copy.failed': 'No se pudo copiar. Selecciona el texto y cópialo tú.',
  'stores.validation.url': 'Introduce la dirección completa, empezando por https://.',
  'stores.field.shopify.shop': 'Dirección de la tienda',
  'stores.field.shopify.shop.hint': 'Por ejemplo mi-tienda o mi-tienda.myshopify.com.',
  'stores.field.shopify.shop.format':
    'Introduce la dirección myshopify.com de la tienda, como mi-tienda.myshopify.com.',
  'stores.field.woocommerce.url': 'Dirección de la tienda',
  'stores.field.woocommerce.url.hint':
    'La dirección de tu sitio WordPress, como https://tienda.ejemplo.com.',
  'stores.field.woocommerce.consumerKey': 'Clave de cliente',
  'stores.field.woocommerce.consumerKey.hint': 'Empieza por ck_.',
  'stores.field.woocommerce.consumerKey.format':
    'Una clave de cliente es ck_ seguido de 40 letras y dígitos.',
  'stores.field.woocommerce.consumerSecret': 'Secreto de cliente',
  'stores.field.woocommerce.consumerSecret.format':
    'Un secreto de cliente es cs_ seguido de 40 letras y dígitos.',
  'stores.field.woocommerce.refused': 'La tienda rechazó esta clave o este secreto.',
  'stores.field.woocommerce.unreachable': 'Ninguna tienda WooCommerce responde en esta dirección.',
  'stores.field.pressero.siteUrl': 'Dirección del sitio',
  'stores.field.pressero.siteUrl.hint': 'Tu tienda de Pressero, como https://imprenta.ejemplo.com.',
  'stores.field.pressero.username': 'Usuario administrador',
  'stores.field.pressero.username.hint': 'El correo con el que entras en el panel de Pressero.',
  'stores.field.pressero.password': 'Contraseña',
  'stores.field.pressero.refused': 'Pressero rechazó este usuario o contraseña.',
  'stores.field.pressero.unreachable':
    'Ningún sitio de Pressero responde en esta dirección para este administrador.',
  'stores.field.manual.name': 'Nombre de la tienda',
  'stores.field.manual.name.hint':
    'Cómo reconocerá tu equipo esta tienda, por ejemplo “Mostrador”.',
  'stores.list.title': 'Tiendas',
  'stores.list.description':
    'Tiendas online conectadas, con sus productos y el estado de sincronización.',
  'stores.list.count_one': '{count} tienda',
  'stores.list.count_other': '{count} tiendas',
  'stores.list.empty': 'Todavía no hay tiendas conectadas.',
  'stores.list.emptyConnect': 'Aún no hay tiendas. Conecta la primera para importar sus productos.',
  'stores.list.lastSync': 'Sincronizada {when}',
  'stores.list.neverSynced': 'Sin sincronizar todavía',
  'stores.list.products': 'Productos',
  'stores.list.variants': 'Variantes',
  'stores.list.mapped': 'Asignadas',
  'stores.list.actionsFor': 'Acciones para {name}',
  'stores.list.sync': 'Sincronizar productos',
  'stores.list.syncing': 'Sincronizando…',
  'stores.list.queued': 'Esperando para empezar…',
  'stores.list.progressLabel': 'Sincronización de productos de {name}',
  'stores.list.progress': '{done} de {total} variantes',
  'stores.list.progressUnknown': '{done} variantes hasta ahora',
  'stores.list.synced': '{name} está al día.',
  'stores.list.syncFailed': 'La última sincronización falló: {reason}',
  'stores.list.verify': 'Comprobar conexión',
  'stores.list.verified': '{name} está conectada y funciona.',
  'stores.list.verifyFailed': '{name} no funciona: {reason}',
  'stores.list.disconnect': 'Desconectar',
  'stores.list.disconnected': 'Se desconectó {name}.',
  'stores.disconnectDialog.title': '¿Desconectar {name}?',
  'stores.disconnectDialog.description':
    'Vitrine olvida las credenciales de la tienda y deja de sincronizar. Se conservan sus productos, asignaciones y pedidos, y puedes volver a conectarla más tarde.',
  'stores.disconnectDialog.confirm': 'Desconectar',

  // generic failures outside the API's codes
  'error.network': 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  'error.timeout': 'El servidor tardó demasiado en responder. Inténtalo de nuevo.',
  'error.contract':
    'El servidor respondió de forma inesperada. Inténtalo de nuevo más tarde o ponte en contacto con el equipo de soporte.',
  'error.unknown': 'Algo salió mal. Inténtalo de nuevo.',

  // API error codes
  'error.validation_failed': 'Algunos campos requieren tu atención.',
  'error.invalid_json': 'No se pudo leer la solicitud. Inténtalo de nuevo.',
  'error.payload_too_large': 'Son demasiados datos para una sola solicitud.',
  'error.unsupported_media_type': 'El formato de la solicitud no es compatible.',
  'error.route_not_found': 'Esta función no está disponible en el servidor.',
  'error.method_not_allowed': 'Esta acción no está disponible en el servidor.',
  'error.missing_authorization': 'No se encontró tu sesión. Vuelve a iniciar sesión.',
  'error.invalid_api_key':
    'El servidor rechazó la clave de integración. Ponte en contacto con tu administrador.',
  'error.invalid_session': 'Tu sesión ya no es válida. Vuelve a iniciar sesión.',
  'error.session_expired': 'Tu sesión caducó. Vuelve a iniciar sesión.',
  'error.forbidden': 'No tienes permiso para hacer esto.',
  'error.secret_key_required': 'Esta acción debe realizarse desde el servidor del proveedor.',
  'error.not_found': 'No encontramos este elemento. Es posible que se haya eliminado.',
  'error.conflict': 'Este elemento cambió mientras tanto. Recarga la página e inténtalo de nuevo.',
  'error.reference_id_taken': 'Otro cliente ya usa este ID de referencia.',
  'error.client_archived': 'Este cliente está archivado y no se puede modificar.',
  'error.access_not_enabled': 'El acceso a Storefronts está desactivado para este cliente.',
  'error.access_already_enabled':
    'El acceso ya está activado con otro administrador. Desactívalo primero o invita a esta persona como usuario.',
  'error.invite_not_pending': 'El administrador ya aceptó la invitación.',
  'error.invitation_not_found':
    'Este enlace de invitación no es válido. Comprueba que lo copiaste completo.',
  'error.invitation_expired': 'Esta invitación caducó. Pide una nueva.',
  'error.invitation_used': 'Esta invitación ya se aceptó.',
  'error.invitation_revoked':
    'Esta invitación ya no es válida. Es posible que se haya enviado una más reciente.',
  'error.user_not_active': 'Este usuario aún no aceptó su invitación.',
  'error.email_taken': 'Ya hay un usuario de este cliente con este correo electrónico.',
  'error.last_admin': 'Cada cliente necesita al menos un administrador activo.',
  'error.stores_required': 'Elige al menos una tienda para el gestor de tiendas.',
  'error.platform_not_supported': 'Esta plataforma no es compatible.',
  'error.invalid_shop_domain': 'Escribe la dirección de la tienda, como mi-tienda.myshopify.com.',
  'error.oauth_state_invalid':
    'La solicitud de conexión caducó o se abrió dos veces. Vuelve a empezar.',
  'error.oauth_denied': 'La conexión no se aprobó en la plataforma.',
  'error.hmac_invalid': 'No se pudo verificar la respuesta de la plataforma. Vuelve a empezar.',
  'error.credentials_invalid':
    'La tienda rechazó estas credenciales. Revisa la clave y la clave secreta.',
  'error.permissions_not_granted':
    'La tienda no concedió los permisos que necesitamos. Aprueba todos los permisos solicitados.',
  'error.plan_without_api_access': 'El plan de esta tienda no permite el acceso a la API.',
  'error.reference_id_required':
    'Primero asigna un ID de referencia a este cliente: es el ID de integración.',
  'error.store_needs_reauth': 'Hay que volver a conectar esta tienda.',
  'error.store_disconnected': 'Esta tienda está desconectada.',
  'error.platform_unavailable':
    'La plataforma de la tienda no responde. Inténtalo de nuevo en unos minutos.',
  'error.sync_in_progress': 'Ya hay una sincronización en curso para esta tienda.',
  'error.webhook_signature_invalid': 'La firma del webhook no es válida.',
  'error.product_uid_unknown': 'Este Product UID no está en el catálogo.',
  'error.variant_not_found': 'Esta variante ya no existe en la tienda.',
  'error.file_url_invalid': 'La dirección del archivo de diseño no es un enlace web válido.',
  'error.file_type_unsupported': 'Este tipo de archivo no se acepta: usa PDF, PNG, JPEG o SVG.',
  'error.print_area_invalid':
    'Estos archivos no corresponden a las áreas de impresión del producto del catálogo.',
  'error.print_specs_invalid':
    'Estas especificaciones de impresión no están disponibles para este producto.',
  'error.csv_invalid': 'No se pudo leer el archivo como CSV.',
  'error.order_reference_taken': 'Ya existe un pedido con esta referencia.',
  'error.order_not_cancelable': 'Este pedido ya no se puede cancelar.',
  'error.variant_unmapped': 'Un producto de este pedido aún no está vinculado al catálogo.',
  'error.postback_url_invalid': 'La dirección de postback no es válida.',
  'error.idempotency_key_reuse':
    'Esta solicitud ya se envió con datos diferentes. Recarga la página e inténtalo de nuevo.',
  'error.idempotency_in_progress': 'La misma solicitud aún se está procesando. Espera un momento.',
  'error.rate_limited':
    'Hay demasiadas solicitudes en este momento. Inténtalo de nuevo en unos instantes.',
  'error.internal_error':
    'Algo salió mal por nuestra parte. Inténtalo de nuevo; si el problema continúa, ponte en contacto con el equipo de soporte.',
  'error.service_unavailable':
    'El servicio no está disponible temporalmente. Inténtalo de nuevo en unos instantes.',
};
