import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetApiKeyUsers } from '../../../src/auth/apiKeyUsers'

/** A revoked or rotated key, a role or a limit taken away: the publisher fast path must know at once. */
export const forgetCachedApiKeysOnChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetApiKeyUsers()
  return doc
}

export const forgetCachedApiKeysOnDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetApiKeyUsers()
  return doc
}
