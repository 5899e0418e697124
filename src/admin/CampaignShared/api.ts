'use client'

import { useConfig } from '@payloadcms/ui'

import { refusalMessages } from '../../campaigns/board'

/** The REST and GraphQL addresses of this admin's API. */
export function useApiUrls() {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  return { api, graphQL: `${api}${config.routes.graphQL}` }
}

export type Answer<T> = { ok: true; data: T } | { ok: false; messages: string[] }

type GraphQLBody<T> = { data?: T | null; errors?: { message?: string; extensions?: { data?: { errors?: { message?: unknown }[] } } }[] }

/**
 * Runs one of the KOL managers' GraphQL queries with the admin's session cookie. The server
 * answers refusals in the user's language; a lost connection gets `failed`.
 */
export async function queryGraphQL<T>(url: string, query: string, variables: object, failed: string, signal?: AbortSignal): Promise<Answer<T>> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    })
    const body = (await response.json().catch(() => ({}))) as GraphQLBody<T>
    if (body.errors?.length || !body.data) {
      // Payload's validation errors carry their field messages as extensions.data, like REST's data.
      return {
        ok: false,
        messages: refusalMessages({ errors: body.errors?.map((error) => ({ message: error.message, data: error.extensions?.data })) }, failed),
      }
    }
    return { ok: true, data: body.data }
  } catch (error) {
    if (signal?.aborted) throw error
    return { ok: false, messages: [failed] }
  }
}

/** Sends a write to Payload's REST API with the session, so the collection's hooks decide it. */
export async function sendRest<T>(url: string, method: 'POST' | 'PATCH', body: object, failed: string): Promise<Answer<T>> {
  try {
    const response = await fetch(url, { method, credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    const answer = (await response.json().catch(() => ({}))) as { doc?: T }
    return response.ok && answer.doc ? { ok: true, data: answer.doc } : { ok: false, messages: refusalMessages(answer, failed) }
  } catch {
    return { ok: false, messages: [failed] }
  }
}
