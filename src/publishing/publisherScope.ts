import type { ChannelId, FormatId } from '../platforms/types'

import { FORMAT_RULES } from '../platforms/rules'
import { idOf, type Ref } from '../refs/idOf'
import { RELEASED_STATUSES, type ContentStatus } from '../workflow/statuses'

/** What one publisher key may read: empty lists mean no limit (issue 5: keys limited by platform and brand). */
export type PublisherScope = { channels: readonly ChannelId[]; brandIds: readonly string[] }

type ScopedUser = { publisherChannels?: readonly ChannelId[] | null; publisherBrands?: readonly Ref[] | null } | null | undefined

export function scopeOf(user: ScopedUser): PublisherScope {
  return {
    channels: user?.publisherChannels ?? [],
    brandIds: (user?.publisherBrands ?? []).map(idOf).filter((id) => id !== null).map(String),
  }
}

export const mayReadChannel = (scope: PublisherScope, format: FormatId): boolean =>
  scope.channels.length === 0 || scope.channels.includes(FORMAT_RULES[format].channel)

/** The channels on which an asset has something a publisher may see, in a stable order. */
export function releasedChannels(variants: readonly { format: FormatId; status?: ContentStatus | null }[]): ChannelId[] {
  const channels = variants
    .filter((variant) => variant.status && RELEASED_STATUSES.includes(variant.status) && FORMAT_RULES[variant.format])
    .map((variant) => FORMAT_RULES[variant.format].channel)
  return [...new Set(channels)].sort()
}
