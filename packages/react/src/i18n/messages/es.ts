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
  'validation.storesRequired': 'Elige al menos una tienda.',

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
