/**
 * HTTP statuses chosen while a GraphQL request runs, by request. Payload makes its request by
 * adding to the route's Request object, so the `req` that validation rules and resolvers are
 * given is the very Request the route wrapper below sees.
 */
const chosen = new WeakMap<object, { status: number; headers: Record<string, string> }>()

/** Answers the request with this status (and headers) instead of Payload's, whatever else it returns. */
export function setResponseStatus(request: object, status: number, headers: Record<string, string> = {}): void {
  chosen.set(request, { status, headers })
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Payload's GraphQL handler follows GraphQL over HTTP: errors are 400 for clients that accept
 * `application/graphql-response+json`, but 200 for those that accept only `application/json`
 * (curl, plain fetch). Some refusals must reach every client as what they are: an operation over
 * the size limits is a 400, a rate-limited submission a 429 with Retry-After.
 */
export function applyResponseStatus<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const response = await handler(request, context)
    const answer = chosen.get(request)
    if (!answer) return response
    const headers = new Headers(response.headers)
    for (const [name, value] of Object.entries(answer.headers)) headers.set(name, value)
    return new Response(response.body, { status: answer.status, headers })
  }
}
