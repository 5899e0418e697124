import { describe, expect, it } from 'vitest'

import { CHANNEL_COLOURS, ON_CHANNEL_COLOUR } from '../../../src/admin/shared/channelColours'
import { CHANNEL_IDS } from '../../../src/platforms'

/** WCAG 2 relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('channel colours', () => {
  it('give every channel its own colour', () => {
    expect(Object.keys(CHANNEL_COLOURS).sort()).toEqual([...CHANNEL_IDS].sort())
    expect(new Set(Object.values(CHANNEL_COLOURS)).size).toBe(CHANNEL_IDS.length)
  })

  it('keep white text readable at WCAG AA on each', () => {
    for (const colour of Object.values(CHANNEL_COLOURS)) expect(contrast(colour, ON_CHANNEL_COLOUR)).toBeGreaterThanOrEqual(4.5)
  })
})
