import type { FieldHook } from 'payload'

import { randomBytes } from 'node:crypto'

import type { Webhook } from '../../../src/payload-types'

/**
 * A webhook left without a secret gets a new random one: 32 bytes, the length of the HMAC-SHA256
 * key, as 64 hex characters. An update that does not send the field keeps the stored secret, so
 * clearing it in the admin is how an administrator rotates it.
 */
export const generateSecret: FieldHook<Webhook, string | null | undefined> = ({ value }) => (value?.trim() ? value : randomBytes(32).toString('hex'))
