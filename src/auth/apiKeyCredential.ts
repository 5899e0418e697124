import { createHash } from 'node:crypto'

/** `Authorization: <collection> API-Key <key>`, Payload's API-key credential. */
const API_KEY_CREDENTIAL = /^\s*\S+\s+API-Key\s+(.*)$/i

/** The key an `Authorization` header presents (possibly empty), or null when it presents none. */
export const presentedApiKey = (authorization: string | null | undefined): string | null => authorization?.match(API_KEY_CREDENTIAL)?.[1] ?? null

/** What stands for a key in memory, logs and Redis: never the key itself. */
export const apiKeyId = (key: string): string => createHash('sha256').update(key).digest('base64url')
