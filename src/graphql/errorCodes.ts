import type { AfterErrorHook, PayloadRequest } from 'payload'

import type { Localized } from '../i18n/localized'

import { APIError } from 'payload'

import { languageOf } from '../i18n/localized'

/** Machine-readable reasons a client can branch on, in `errors[].extensions.code` of every GraphQL error. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'FORBIDDEN_PLATFORM'
  | 'NOT_FOUND'
  | 'VARIANT_NOT_FOUND'
  | 'INVALID_STATE'
  | 'ALREADY_PUBLISHED'
  | 'CONSENT_REQUIRED'
  | 'UPLOAD_EXPIRED'
  | 'TOO_MANY_FILES'
  | 'LICENCE_NOT_COVERED'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'

/** An error of our own API with its code; the message is public and in the caller's language. */
export class CodedApiError extends APIError<{ code: ApiErrorCode; field?: string }> {
  readonly code: ApiErrorCode
  constructor(code: ApiErrorCode, message: string, status: number, field?: string) {
    super(message, status, { code, ...(field ? { field } : {}) }, true)
    this.code = code
  }
}

/** Refuses the request with a code, in the caller's language; `field` names the argument at fault. */
export function refuse(req: PayloadRequest, code: ApiErrorCode, status: number, message: Localized, field?: string): never {
  throw new CodedApiError(code, message[languageOf(req.i18n)], status, field)
}

/** Payload's own errors by class name, so that its refusals carry a code like ours. */
const CODES_OF_PAYLOAD_ERRORS: Record<string, ApiErrorCode> = {
  ValidationError: 'BAD_USER_INPUT',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  UnauthorizedError: 'UNAUTHENTICATED',
  AuthenticationError: 'UNAUTHENTICATED',
}

const CODES_OF_STATUSES: Record<number, ApiErrorCode> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' }

export function errorCodeOf(error: unknown): ApiErrorCode {
  const original = (error as { originalError?: unknown })?.originalError ?? error
  // By name, not class: the Express fast path and Next's bundle each load their own copy of this module.
  if ((original as { name?: string })?.name === 'CodedApiError') return (original as CodedApiError).code
  const { name = '', status } = (original ?? {}) as { name?: string; status?: number }
  return CODES_OF_PAYLOAD_ERRORS[name] ?? CODES_OF_STATUSES[status ?? 500] ?? 'INTERNAL_SERVER_ERROR'
}

/** Payload formats GraphQL errors with its own extensions; this adds the code to them. */
export const addGraphqlErrorCode: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!graphqlResult) return
  return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, code: errorCodeOf(error) } } }
}
