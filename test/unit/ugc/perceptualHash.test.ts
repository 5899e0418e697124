import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { DUPLICATE_MAX_DISTANCE, hammingDistance, hashBands, hexOfBinaryHash } from '../../../src/ugc/perceptualHash'

const hash = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((value) => value.toString(16).padStart(16, '0'))
/** A hash and the same hash with up to DUPLICATE_MAX_DISTANCE of its bits flipped. */
const nearPair = fc
  .tuple(hash, fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: DUPLICATE_MAX_DISTANCE }))
  .map(([a, bits]) => [a, (BigInt(`0x${a}`) ^ bits.reduce((mask, bit) => mask | (1n << BigInt(bit)), 0n)).toString(16).padStart(16, '0'), bits.length] as const)

describe('perceptual hash', () => {
  it('reads sharp-phash’s 64 bits as 16 hex digits', () => {
    expect(hexOfBinaryHash('1'.repeat(64))).toBe('ffffffffffffffff')
    expect(hexOfBinaryHash(`${'0'.repeat(60)}1010`)).toBe('000000000000000a')
  })

  it('counts the differing bits: zero on equal hashes, the same both ways', () => {
    fc.assert(fc.property(hash, (a) => hammingDistance(a, a) === 0))
    fc.assert(fc.property(hash, hash, (a, b) => hammingDistance(a, b) === hammingDistance(b, a)))
    fc.assert(fc.property(nearPair, ([a, b, flipped]) => hammingDistance(a, b) === flipped))
  })

  it('gives any two hashes within the duplicate distance a band in common, so the band lookup finds every duplicate', () => {
    fc.assert(
      fc.property(nearPair, ([a, b]) => {
        const bandsOfB = new Set(hashBands(b))
        return hashBands(a).some((band) => bandsOfB.has(band))
      }),
      { numRuns: 2_000 },
    )
  })

  it('cuts the hash into distinct positional bands covering all 64 bits', () => {
    const bands = hashBands('ffffffffffffffff')
    expect(bands).toHaveLength(DUPLICATE_MAX_DISTANCE + 1)
    expect(bands.map((band) => band.split(':')[0])).toEqual(bands.map((_, index) => String(index)))
    const bits = bands.reduce((total, band) => total + BigInt(`0x${band.split(':')[1]}`).toString(2).length, 0)
    expect(bits).toBe(64)
  })
})
