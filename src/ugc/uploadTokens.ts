import { isSameSignature, purposeSignature } from '../crypto/purposeSignatures'

const PURPOSE = 'zhongcao ugc upload tokens'

const signatureOf = (secret: string, claim: string): Buffer => purposeSignature(secret, PURPOSE, claim)

/**
 * What a shopper's browser gets back for each staged upload and hands to `submitUgc`: the upload's
 * id and expiry, signed with a key derived from the server's secret (pass `payload.secret`). Ids
 * are sequential, so the signature is what keeps a shopper from attaching someone else's upload.
 */
export function createUploadToken(id: number | string, expiresAt: Date, secret: string): string {
  const claim = `${id}.${expiresAt.getTime()}`
  return `${Buffer.from(claim).toString('base64url')}.${signatureOf(secret, claim).toString('base64url')}`
}

/** The upload id of a token this server made and whose time has not run out; null for any other. */
export function readUploadToken(token: unknown, secret: string, now = new Date()): string | null {
  if (typeof token !== 'string') return null
  const [encodedClaim, signature, ...rest] = token.split('.')
  if (!encodedClaim || !signature || rest.length > 0) return null
  const claim = Buffer.from(encodedClaim, 'base64url').toString()
  if (!isSameSignature(signatureOf(secret, claim), signature)) return null
  const match = /^([^.]+)\.(\d+)$/.exec(claim)
  if (!match || Number(match[2]) <= now.getTime()) return null
  return match[1]!
}
