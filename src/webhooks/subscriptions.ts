import type { ChannelId, FormatId } from '../platforms/types'
import type { WebhookEvent } from './events'

import { mayReadChannel, type PublisherScope } from '../publishing/publisherScope'
import { idOf, type Ref } from '../refs/idOf'

export type WebhookSubscription = {
  events?: readonly WebhookEvent[] | null
  platforms?: readonly ChannelId[] | null
  brands?: readonly Ref[] | null
}

/**
 * Whether a webhook wants to hear about an event on a variant of this format and brand. A webhook
 * is limited by platform and brand like a publisher key (empty lists mean no limit), so it hears
 * about exactly what a key with the same limits could read. An event of no platform (a shopper's
 * UGC) is limited by brand only.
 */
export function isSubscribed(webhook: WebhookSubscription, occurrence: { event: WebhookEvent; format?: FormatId; brandId: number | string | null }): boolean {
  const scope: PublisherScope = {
    channels: webhook.platforms ?? [],
    brandIds: (webhook.brands ?? [])
      .map(idOf)
      .filter((id) => id !== null)
      .map(String),
  }
  return (
    (webhook.events ?? []).includes(occurrence.event) &&
    (occurrence.format === undefined || mayReadChannel(scope, occurrence.format)) &&
    (scope.brandIds.length === 0 || scope.brandIds.includes(String(occurrence.brandId)))
  )
}
