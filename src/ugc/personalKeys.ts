import { purposeSignature } from '../crypto/purposeSignatures'
import { normalizeContact } from './submissionInput'

/**
 * Keyed hashes (HMAC-SHA256 with a key derived from the server secret for each purpose) that let
 * the server recognise a contact or a client address again without storing it: without the
 * secret nobody can test a phone number against them, unlike a plain or publicly salted hash.
 */
const keyedHash = (secret: string, purpose: string, value: string): string => purposeSignature(secret, purpose, value).toString('hex')

/** Finds a person's submissions (rate limit, deletion request) however the contact was typed. */
export const contactKeyOf = (secret: string, contact: string): string => keyedHash(secret, 'zhongcao ugc contact', normalizeContact(contact))

/** The consent record's "salted hash of the IP" (SPEC §3.4), also the per-address submission count. */
export const addressHashOf = (secret: string, address: string): string => keyedHash(secret, 'zhongcao ugc client address', address)
