import type { CollectionAfterReadHook } from 'payload'

import type { ContentAsset } from '../../../src/payload-types'

import { hasRole, STAFF_ROLES } from '../../../src/auth/roles'
import { mayReadChannel, scopeOf } from '../../../src/publishing/publisherScope'
import { RELEASED_STATUSES } from '../../../src/workflow'

/**
 * Set by server code that saves an asset on a publisher's behalf (confirmPublication): the change
 * hooks after the save must see every variant, and nothing read that way is returned to the publisher.
 */
export const SERVER_SIDE_READ_CONTEXT = 'serverSideRead'

/**
 * Publishers see only released variants of an asset on the channels their key may read, and none
 * of the team's internal notes (SPEC §1: never drafts). Staff see everything, and so does trusted
 * server code without a user (the publishing job): it saves what it read, so hiding variants from
 * it would delete them.
 * Anonymous requests never get here: read access refuses them.
 */
export const hideUnreleasedVariants: CollectionAfterReadHook<ContentAsset> = ({ doc, req }) => {
  if (!hasRole(req.user, 'publisher') || hasRole(req.user, ...STAFF_ROLES) || !doc.variants || req.context[SERVER_SIDE_READ_CONTEXT]) return doc
  const scope = scopeOf(req.user)
  return {
    ...doc,
    variants: doc.variants
      .filter((variant) => RELEASED_STATUSES.includes(variant.status) && mayReadChannel(scope, variant.format))
      .map(({ workflowNote: _note, overrideCompliance: _override, ...variant }) => variant),
  }
}
