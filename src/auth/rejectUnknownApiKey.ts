import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { presentedApiKey } from './apiKeyCredential'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Payload treats a request whose API key matches no user as anonymous and answers it (HTTP 200,
 * public data only). A channel publisher with a revoked or mistyped key must hear about it instead
 * of silently seeing less, so a presented key that does not authenticate gets 401.
 */
export function rejectUnknownApiKey<Context>(
  config: Promise<SanitizedConfig>,
  handler: RouteHandler<Context>,
): RouteHandler<Context> {
  return async (request, context) => {
    if (presentedApiKey(request.headers.get('authorization')) !== null) {
      const payload = await getPayload({ config })
      const { user } = await payload.auth({ headers: request.headers })
      if (!user) {
        return Response.json(
          { errors: [{ message: 'Invalid API key', extensions: { code: 'UNAUTHENTICATED' } }] },
          { status: 401, headers: { 'WWW-Authenticate': 'API-Key' } },
        )
      }
    }
    return handler(request, context)
  }
}
