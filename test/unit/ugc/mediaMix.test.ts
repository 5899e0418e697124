import { describe, expect, it } from 'vitest'

import { mediaMixProblem } from '../../../src/ugc/intake/limits'

describe('which files go together in one submission', () => {
  it('takes images alone or one video alone', () => {
    expect(mediaMixProblem([])).toBeNull()
    expect(mediaMixProblem(Array(9).fill('image'))).toBeNull()
    expect(mediaMixProblem(['video'])).toBeNull()
  })

  it('refuses two videos, and a video with images', () => {
    expect(mediaMixProblem(['video', 'video'])).toBe('too-many-videos')
    expect(mediaMixProblem(['image', 'video'])).toBe('mixed')
  })
})
