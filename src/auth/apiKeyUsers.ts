import type { Payload, TypedUser } from 'payload'

import { LRUCache } from 'lru-cache'

import { apiKeyId, presentedApiKey } from './apiKeyCredential'

/**
 * Who an API key belongs to, remembered briefly. Payload looks the key's user up in the database on
 * every request, which costs more than answering a publish-feed page (see bench/results). Saving
 * or deleting any user forgets every key at once in this process; another instance notices within
 * the TTL. Kept on globalThis: the users collection's hooks run in Next's bundle, the Express fast
 * path outside it, and both must see one cache.
 */
const TTL_MS = 5_000
const slot = Symbol.for('zhongcao.apiKeyUsers')
type Registry = { [slot]?: LRUCache<string, { user: TypedUser | null }> }

const cache = () => ((globalThis as Registry)[slot] ??= new LRUCache({ max: 1_000, ttl: TTL_MS }))

/** The user of the API key in this `Authorization` header, null when it matches none. */
export async function userOfApiKey(payload: Payload, authorization: string): Promise<TypedUser | null> {
  const key = presentedApiKey(authorization)
  if (key === null) return null
  const id = apiKeyId(key)
  const cached = cache().get(id)
  if (cached) return cached.user
  const { user } = await payload.auth({ headers: new Headers({ authorization }) })
  cache().set(id, { user: user ?? null })
  return user ?? null
}

/** After a user changes (key revoked or rotated, roles or limits changed), nothing cached may stand. */
export const forgetApiKeyUsers = (): void => cache().clear()
