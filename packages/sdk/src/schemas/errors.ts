import * as z from 'zod';

/**
 * Every error code the API may answer with. Closed on purpose: the React layer keeps a translated
 * message for each one, and a test fails when a code has no translation.
 */
export const errorCodes = [
  // request shape
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'request_header_too_large',
  'unsupported_media_type',
  'route_not_found',
  // authentication and authorisation
  'missing_authorization',
  'invalid_api_key',
  'invalid_session',
  'session_expired',
  'forbidden',
  'secret_key_required',
  // generic resource outcomes
  'not_found',
  'conflict',
  // clients
  'reference_id_taken',
  'client_archived',
  // access and invitations
  'access_not_enabled',
  'access_already_enabled',
  'invite_not_pending',
  'invitation_not_found',
  'invitation_expired',
  'invitation_used',
  'invitation_revoked',
  'user_not_active',
  // users
  'email_taken',
  'last_admin',
  'stores_required',
  // stores and platforms
  'platform_not_supported',
  'invalid_shop_domain',
  'oauth_state_invalid',
  'oauth_denied',
  'hmac_invalid',
  'credentials_invalid',
  'permissions_not_granted',
  'plan_without_api_access',
  'reference_id_required',
  'store_needs_reauth',
  'store_disconnected',
  'store_connected',
  'platform_unavailable',
  'sync_in_progress',
  'webhook_signature_invalid',
  // products and mappings
  'product_uid_unknown',
  'variant_not_found',
  'file_type_unsupported',
  'print_area_invalid',
  'print_specs_invalid',
  // orders
  'order_reference_taken',
  'order_not_cancelable',
  'variant_unmapped',
  // postbacks
  'postback_url_invalid',
  // idempotency and limits
  'idempotency_key_reuse',
  'idempotency_in_progress',
  'rate_limited',
  // server side
  'internal_error',
  'service_unavailable',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const errorTypes = [
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'not_found_error',
  'conflict_error',
  'idempotency_error',
  'rate_limit_error',
  'api_error',
] as const;
export const ErrorType = z.enum(errorTypes);
export type ErrorType = z.infer<typeof ErrorType>;

/** Codes of one field's problem: zod's issue codes plus ours (e.g. a taken reference ID). */
export const FieldError = z.object({
  /** Dotted path into the request body or query, e.g. `admin.email` or `items.0.quantity`. */
  path: z.string(),
  code: z.string(),
  /** A developer-facing English explanation; widgets translate `code` instead. */
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const ErrorBody = z.object({
  error: z.object({
    type: ErrorType,
    code: ErrorCode,
    message: z.string(),
    fields: z.array(FieldError).optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
