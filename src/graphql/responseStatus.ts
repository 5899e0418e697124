import { errorCodeOf } from './errorCodes'

/**
 * HTTP statuses chosen while a GraphQL request runs. The choice travels as a response header of
 * the Payload request (Payload adds `req.responseHeaders` to its response), which the route
 * wrapper below turns into the status and removes.
 */
const STATUS_HEADER = 'x-zhongcao-response-status'

type RequestWithResponseHeaders = { responseHeaders?: Headers }

/** Answers the request with this status (and headers) instead of Payload's, whatever else it returns. */
export function setResponseStatus(request: object, status: number, headers: Record<string, string> = {}): void {
  const req = request as RequestWithResponseHeaders
  const responseHeaders = req.responseHeaders ?? new Headers()
  responseHeaders.set(STATUS_HEADER, String(status))
  for (const [name, value] of Object.entries(headers)) responseHeaders.set(name, value)
  req.responseHeaders = responseHeaders
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Payload's GraphQL handler follows GraphQL over HTTP: errors are 400 for clients that accept
 * `application/graphql-response+json`, but 200 for those that accept only `application/json`
 * (curl, plain fetch). Some refusals must reach every client as what they are: an operation over
 * the size limits is a 400, a rate-limited submission a 429 with Retry-After. A request Payload
 * refuses before the operation runs (a body that is not JSON) throws out of its handler, which
 * Next answered 500 with an empty body: it is answered with its own status and a coded error.
 */
export function applyResponseStatus<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    let response: Response
    try {
      response = await handler(request, context)
    } catch (error) {
      const { status, message } = error as { status?: number; message?: string }
      if (!status || status < 400 || status >= 500) throw error
      return Response.json({ errors: [{ message, extensions: { code: errorCodeOf(error) } }] }, { status })
    }
    const status = Number(response.headers.get(STATUS_HEADER))
    if (!status) return response
    const headers = new Headers(response.headers)
    headers.delete(STATUS_HEADER)
    return new Response(response.body, { status, headers })
  }
}
