import { z } from 'zod'

const origin = z
  // Aborts on a malformed URL, which the origin check below could not even parse.
  .url({ protocol: /^https?$/, abort: true })
  .refine((value) => {
    const url = new URL(value)
    return url.pathname === '/' && !url.search && !url.hash && !url.username
  }, 'must be an origin: scheme, host and optional port, nothing after')
  .transform((value) => new URL(value).origin)

/** `CORS_ORIGINS`: comma-separated origins, written as browsers send them in `Origin`. Unset: none. */
export const corsOrigins = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(z.array(origin))

/**
 * Payload's `cors` (which browser origins may call the API and read its answers) and `csrf`
 * (which origins a logged-in browser's cookie is accepted from). Once `csrf` lists anything,
 * Payload refuses the cookie from every other origin, so it must hold the CMS's own origin
 * (SERVER_URL, which the server requires alongside CORS_ORIGINS) besides the allowed frontends.
 * Without either, both stay empty: no cross-origin reads, and Payload's default cookie check.
 */
export function allowedOrigins(env: Record<string, string | undefined>): { cors: string[]; csrf: string[] } {
  const cors = corsOrigins.parse(env.CORS_ORIGINS)
  const own = env.SERVER_URL ? [new URL(env.SERVER_URL).origin] : []
  return { cors, csrf: [...new Set([...own, ...cors])] }
}
