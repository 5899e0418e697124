import { type DocumentNode, Kind, parse, visit } from 'graphql'

import { errorCodeOf } from './errorCodes'

/** The fragments each fragment spreads, directly. */
function spreadsOf(document: DocumentNode): Map<string, string[]> {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  return spreads
}

/** The first fragment that spreads itself, directly or through others. */
export function cyclicFragment(document: DocumentNode): string | null {
  const spreads = spreadsOf(document)
  const done = new Set<string>()
  const reaches = (name: string, path: Set<string>): boolean => {
    if (path.has(name)) return true
    if (done.has(name)) return false
    path.add(name)
    const cyclic = (spreads.get(name) ?? []).some((next) => reaches(next, path))
    path.delete(name)
    done.add(name)
    return cyclic
  }
  return [...spreads.keys()].find((name) => reaches(name, new Set())) ?? null
}

/**
 * Why a document cannot run here, checked before any validation rule sees it: a subscription (the
 * schema has none; graphql-js fails it at execution, which Payload answered 500) or a fragment
 * cycle (the rules that flatten fragments to measure depth and cost recurse without end, and the
 * request failed with a stack overflow before graphql-js's own cycle rule could report it).
 */
export function unsupportedDocument(document: DocumentNode): string | null {
  const subscription = document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')
  if (subscription) return 'Subscriptions are not supported.'
  const fragment = cyclicFragment(document)
  return fragment ? `Cannot spread fragment "${fragment}" within itself.` : null
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/** Answers 400 with a coded error for documents `unsupportedDocument` refuses; passes the rest to the handler unread. */
export function refuseUnsupportedDocuments<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    let document: DocumentNode
    try {
      const { query } = (await request.clone().json()) as { query?: unknown }
      document = parse(String(query))
    } catch {
      // Not JSON, no query, a syntax error: Payload's handler answers those.
      return handler(request, context)
    }
    const problem = unsupportedDocument(document)
    if (!problem) return handler(request, context)
    return Response.json({ errors: [{ message: problem, extensions: { code: errorCodeOf({ status: 400 }) } }] }, { status: 400 })
  }
}
