import { isSameSignature, purposeSignature } from '../crypto/purposeSignatures'

/**
 * Links to the files of released content that work without a login: the feed hands them out,
 * publishers download them, frontends put them in <img>. Each link carries an HMAC of the file
 * name, so nobody can guess the link of a file that was never released: the media library itself
 * stays readable by staff only. The key is derived from the server's secret.
 */
const signatureOf = (secret: string, filename: string): Buffer => purposeSignature(secret, 'zhongcao media links', filename).subarray(0, 18)

export const mediaLink = (secret: string, filename: string): string =>
  `/media/${encodeURIComponent(filename)}?sig=${signatureOf(secret, filename).toString('base64url')}`

export const isMediaSignature = (secret: string, filename: string, signature: unknown): boolean => isSameSignature(signatureOf(secret, filename), signature)
