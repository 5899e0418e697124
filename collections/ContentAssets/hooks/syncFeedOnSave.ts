import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { ContentAsset } from '../../../src/payload-types'

import { removeFromPublishFeed, syncPublishFeed } from '../../../src/publishing/syncPublishFeed'
import { DRAFT_SAVE_CONTEXT } from './markDraftSaves'

/** A Payload draft version is not what publishers get: only saved (non-draft) content feeds them. */
export const syncFeedOnSave: CollectionAfterChangeHook<ContentAsset> = async ({ doc, req }) => {
  if (!req.context[DRAFT_SAVE_CONTEXT]) await syncPublishFeed(doc, req)
  return doc
}

export const removeFeedOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await removeFromPublishFeed(id, req)
}
