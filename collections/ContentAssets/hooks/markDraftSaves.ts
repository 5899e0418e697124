import type { CollectionBeforeOperationHook } from 'payload'

export const DRAFT_SAVE_CONTEXT = 'savingPayloadDraft'

/**
 * Saving a Payload draft version ("save draft") stores work in progress and must not move the
 * workflow. Only the operation knows it is a draft save, so it is passed on to the change hooks.
 */
export const markDraftSaves: CollectionBeforeOperationHook<'content-assets'> = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    req.context[DRAFT_SAVE_CONTEXT] = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}
