import type { ErrorCode } from '@vitrine/sdk';

/**
 * The English catalog: the source of every key. Other locales are typed `Messages`, so a missing
 * key is a type error. `{name}` is replaced; keys ending in `_one`/`_other` are plural forms.
 */
export const en = {
  // shared
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.retry': 'Try again',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.loading': 'Loading…',
  'common.optional': 'optional',
  'common.required': 'required',

  // ClientForm
  'clientForm.title.create': 'New client',
  'clientForm.title.edit': 'Edit client',
  'clientForm.name.label': 'Client name',
  'clientForm.name.hint': 'The business name your team and the client will see.',
  'clientForm.referenceId.label': 'Reference ID',
  'clientForm.referenceId.hint':
    'Your own ID for this client, e.g. from your ERP. Also used as the Pressero integration ID.',
  'clientForm.description.label': 'Description',
  'clientForm.description.hint': 'Notes for your team.',
  'clientForm.submit.create': 'Create client',
  'clientForm.submit.edit': 'Save changes',
  'clientForm.submitting.create': 'Creating…',
  'clientForm.submitting.edit': 'Saving…',
  'clientForm.success.create': 'Client “{name}” created.',
  'clientForm.success.edit': 'Changes saved.',
  'clientForm.loadError': 'The client could not be loaded.',

  // field validation (by zod issue code or API code)
  'validation.required': 'This field is required.',
  'validation.tooLong': 'Use at most {max} characters.',
  'validation.tooShort': 'Use at least {min} characters.',
  'validation.email': 'Enter a valid email address, like name@example.com.',
  'validation.referenceId':
    'Use letters, digits and . _ : / - only, starting with a letter or digit.',
  'validation.invalid': 'This value is not valid.',

  // AccessToggle
  'access.title': 'Storefronts access',
  'access.description':
    'Lets this client sign in to connect stores, map products and follow orders.',
  'access.switchLabel': 'Storefronts access for {client}',
  'access.state.off': 'Off',
  'access.state.invited': 'Invite sent',
  'access.state.active': 'Active',
  'access.state.expired': 'Invite expired',
  'access.admin': 'Admin',
  'access.invitedOn': 'Invite sent {date}',
  'access.expiresOn': 'Link valid until {date}',
  'access.expiredOn': 'The link expired {date}. Send a new one.',
  'access.activeSince': 'Active since {date}',
  'access.resend': 'Resend invite',
  'access.resending': 'Sending…',
  'access.resent': 'A new invitation was sent to {email}.',
  'access.enable.title': 'Turn on Storefronts access',
  'access.enable.description':
    'We will email an invitation to the client’s admin. They can then invite their own team.',
  'access.enable.email': 'Admin email',
  'access.enable.firstName': 'First name',
  'access.enable.lastName': 'Last name',
  'access.enable.submit': 'Send invitation',
  'access.enable.submitting': 'Sending…',
  'access.disable.title': 'Turn off Storefronts access?',
  'access.disable.description':
    '{client} and their team will lose access at once. Pending invitations stop working. Users, stores and history are kept, and you can turn access back on later.',
  'access.disable.confirm': 'Turn off access',
  'access.disable.submitting': 'Turning off…',
  'access.enabled': 'Access is on. An invitation was sent to {email}.',
  'access.disabled': 'Access is off.',
  'access.loadError': 'Access settings could not be loaded.',

  // Invitation acceptance
  'invitation.title': 'Join {client}',
  'invitation.body': '{provider} invited {email} to manage {client}’s stores as {role}.',
  'invitation.accept': 'Accept invitation',
  'invitation.accepting': 'Accepting…',
  'invitation.accepted': 'You’re in. Your access to {client} is active.',
  'invitation.status.expired': 'This invitation has expired. Ask {provider} to send a new one.',
  'invitation.status.accepted': 'This invitation was already accepted.',
  'invitation.status.revoked':
    'This invitation is no longer valid. A newer one may have been sent.',

  // roles
  'role.admin': 'Admin',
  'role.store_manager': 'Store manager',
  'role.order_manager': 'Order manager',
  'role.viewer': 'View only',

  // generic failures outside the API's codes
  'error.network': 'We could not reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Try again.',
  'error.contract': 'The server answered in an unexpected way. Try again later or contact support.',
  'error.unknown': 'Something went wrong. Try again.',

  // API error codes
  'error.validation_failed': 'Some fields need your attention.',
  'error.invalid_json': 'The request could not be read. Try again.',
  'error.payload_too_large': 'That is too much data for one request.',
  'error.unsupported_media_type': 'The request format is not supported.',
  'error.route_not_found': 'This feature is not available on the server.',
  'error.method_not_allowed': 'This action is not available on the server.',
  'error.missing_authorization': 'Your session is missing. Sign in again.',
  'error.invalid_api_key': 'The server rejected the integration key. Contact your administrator.',
  'error.invalid_session': 'Your session is no longer valid. Sign in again.',
  'error.session_expired': 'Your session expired. Sign in again.',
  'error.forbidden': 'You don’t have permission to do this.',
  'error.secret_key_required': 'This action must be done from the provider’s server.',
  'error.not_found': 'We couldn’t find this. It may have been removed.',
  'error.conflict': 'This changed in the meantime. Reload and try again.',
  'error.reference_id_taken': 'Another client already uses this reference ID.',
  'error.client_archived': 'This client is archived and can’t be changed.',
  'error.access_not_enabled': 'Storefronts access is off for this client.',
  'error.access_already_enabled':
    'Access is already on with another admin. Turn it off first, or invite this person as a user.',
  'error.invite_not_pending': 'The admin has already accepted the invitation.',
  'error.invitation_not_found':
    'This invitation link is not valid. Check that you copied all of it.',
  'error.invitation_expired': 'This invitation has expired. Ask for a new one.',
  'error.invitation_used': 'This invitation was already accepted.',
  'error.invitation_revoked': 'This invitation is no longer valid. A newer one may have been sent.',
  'error.user_not_active': 'This user hasn’t accepted their invitation yet.',
  'error.email_taken': 'Someone with this email is already a user of this client.',
  'error.last_admin': 'Every client needs at least one active admin.',
  'error.stores_required': 'Choose at least one store for a store manager.',
  'error.platform_not_supported': 'This platform is not supported.',
  'error.invalid_shop_domain': 'Enter the shop’s address, like my-shop.myshopify.com.',
  'error.oauth_state_invalid': 'The connection request expired or was opened twice. Start again.',
  'error.oauth_denied': 'The connection was not approved on the platform.',
  'error.hmac_invalid': 'The platform’s answer could not be verified. Start again.',
  'error.credentials_invalid': 'The store rejected these credentials. Check the key and secret.',
  'error.permissions_not_granted':
    'The store did not grant the permissions we need. Approve all requested permissions.',
  'error.plan_without_api_access': 'This store’s plan does not allow API access.',
  'error.reference_id_required': 'Give this client a reference ID first: it is the integration ID.',
  'error.store_needs_reauth': 'This store needs to be reconnected.',
  'error.store_disconnected': 'This store is disconnected.',
  'error.platform_unavailable':
    'The store’s platform is not answering. Try again in a few minutes.',
  'error.sync_in_progress': 'A sync is already running for this store.',
  'error.webhook_signature_invalid': 'The webhook signature is not valid.',
  'error.product_uid_unknown': 'This product UID is not in the catalog.',
  'error.variant_not_found': 'This variant no longer exists in the store.',
  'error.file_url_invalid': 'The design file address is not a valid web link.',
  'error.csv_invalid': 'The file could not be read as CSV.',
  'error.order_reference_taken': 'An order with this reference already exists.',
  'error.order_not_cancelable': 'This order can no longer be canceled.',
  'error.variant_unmapped': 'A product in this order is not connected to the catalog yet.',
  'error.postback_url_invalid': 'The postback address is not valid.',
  'error.idempotency_key_reuse':
    'This request was already sent with different data. Reload and try again.',
  'error.idempotency_in_progress': 'The same request is still being processed. Wait a moment.',
  'error.rate_limited': 'Too many requests right now. Try again in a moment.',
  'error.internal_error':
    'Something went wrong on our side. Try again; if it keeps happening, contact support.',
  'error.service_unavailable': 'The service is briefly unavailable. Try again in a moment.',
} as const satisfies Record<`error.${ErrorCode}`, string> & Record<string, string>;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
