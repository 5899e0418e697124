/**
 * Near-duplicate photos (SPEC §7): the same 晒单 picture sent again, recompressed or resized,
 * has a 64-bit perceptual hash within a few bits of the first. Hashes are hex strings.
 */
export const DUPLICATE_MAX_DISTANCE = 4

const BITS = 64
const BAND_COUNT = DUPLICATE_MAX_DISTANCE + 1

/** sharp-phash gives the hash as 64 characters of 0 and 1. */
export const hexOfBinaryHash = (bits: string): string =>
  BigInt(`0b${bits}`)
    .toString(16)
    .padStart(BITS / 4, '0')

export function hammingDistance(a: string, b: string): number {
  let difference = BigInt(`0x${a}`) ^ BigInt(`0x${b}`)
  let count = 0
  while (difference) {
    count += Number(difference & 1n)
    difference >>= 1n
  }
  return count
}

/**
 * The hash cut into DUPLICATE_MAX_DISTANCE + 1 bands, each tagged with its position. Two hashes
 * at most that many bits apart agree on at least one whole band (the bits that differ cannot
 * touch them all), so an exact lookup on the bands finds every candidate through an index;
 * the distance is then computed on those few.
 */
export function hashBands(hex: string): string[] {
  const value = BigInt(`0x${hex}`)
  const bands: string[] = []
  let start = 0
  for (let band = 0; band < BAND_COUNT; band++) {
    const width = Math.floor(BITS / BAND_COUNT) + (band < BITS % BAND_COUNT ? 1 : 0)
    const part = (value >> BigInt(BITS - start - width)) & ((1n << BigInt(width)) - 1n)
    bands.push(`${band}:${part.toString(16)}`)
    start += width
  }
  return bands
}
