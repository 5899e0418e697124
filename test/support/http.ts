import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { demoApiKey } from '../../seed/seed'
import { TEST_SECRET } from './testDatabase'

/** The demo publisher's key on a test server (derived from the test secret, as the seed does). */
export const publisherApiKey = demoApiKey(TEST_SECRET, 'publisher@zhongcao.local')

export async function graphql(
  baseUrl: string,
  query: string,
  headers: Record<string, string> = {},
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: { message: string }[] } }> {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  return { status: response.status, body: await response.json() }
}

export async function login(baseUrl: string, email: string, password = DEMO_PASSWORD) {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN,zh;q=0.9' },
    body: JSON.stringify({ email, password }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

/** Registers the first account on an empty installation, as the admin's first screen does. */
export async function registerFirstUser(baseUrl: string, user: { email: string; password: string; name?: string }) {
  const response = await fetch(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...user, confirmPassword: user.password }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

/** A file uploaded to the media library over REST, as the admin's upload form sends it. */
export function uploadMedia(baseUrl: string, headers: Record<string, string>, file: { data: Buffer; name: string; type: string }, alt: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify({ alt }))
  return fetch(`${baseUrl}/api/media`, { method: 'POST', body: form, headers })
}
