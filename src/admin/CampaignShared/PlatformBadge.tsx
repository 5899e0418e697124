import type { Localized } from '../../i18n/localized'
import type { KolPlatform } from '../../taxonomy/kols'

import { platformLabel } from '../../scoring/format'
import { CHANNEL_COLOURS, ON_CHANNEL_COLOUR } from '../shared/channelColours'

/** A platform's name on its channel colour, as in the calendar and the dashboards. */
export const PlatformBadge = ({ platform, lang }: { platform: KolPlatform; lang: keyof Localized }) => (
  <span className="campaign-platform" style={{ background: CHANNEL_COLOURS[platform], color: ON_CHANNEL_COLOUR }}>
    {platformLabel(platform)[lang]}
  </span>
)
