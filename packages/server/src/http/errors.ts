import type { ErrorCode, ErrorType, FieldError } from '@vitrine/sdk';

/** How the HTTP layer speaks of domain errors: a status and an error type per code. */

const statusByCode: Partial<Record<ErrorCode, number>> = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_shop_domain: 400,
  print_area_invalid: 400,
  print_specs_invalid: 400,
  postback_url_invalid: 400,
  oauth_state_invalid: 400,
  oauth_denied: 400,
  payload_too_large: 413,
  request_header_too_large: 431,
  unsupported_media_type: 415,
  file_type_unsupported: 415,
  route_not_found: 404,
  not_found: 404,
  invitation_not_found: 404,
  missing_authorization: 401,
  invalid_api_key: 401,
  invalid_session: 401,
  session_expired: 401,
  hmac_invalid: 401,
  webhook_signature_invalid: 401,
  forbidden: 403,
  secret_key_required: 403,
  invitation_expired: 410,
  invitation_used: 410,
  invitation_revoked: 410,
  idempotency_key_reuse: 422,
  credentials_invalid: 422,
  permissions_not_granted: 422,
  plan_without_api_access: 422,
  reference_id_required: 422,
  product_uid_unknown: 422,
  variant_not_found: 422,
  variant_unmapped: 422,
  platform_not_supported: 422,
  rate_limited: 429,
  internal_error: 500,
  platform_unavailable: 502,
  service_unavailable: 503,
};

export function statusFor(code: ErrorCode): number {
  return statusByCode[code] ?? 409;
}

export function typeFor(code: ErrorCode): ErrorType {
  const status = statusFor(code);
  if (code.startsWith('idempotency_')) return 'idempotency_error';
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status === 409 || status === 410) return 'conflict_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

/** zod issues → contract field errors, paths dotted and prefixed (`body.admin.email`-style). */
export function fieldsFromZod(
  issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[],
  prefix?: string,
): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return {
      path: prefix ? (path ? `${prefix}.${path}` : prefix) : path,
      code: issue.code,
      message: issue.message,
    };
  });
}
