/**
 * The k-th smallest (from 0) in linear time, by Hoare's quickselect: rearranges `values` so that it
 * sits at index k with everything before it ≤ it.
 */
export function kthSmallestInPlace(values: Float64Array, k: number): number {
  let low = 0
  let high = values.length - 1
  while (low < high) {
    const pivot = values[(low + high) >> 1]
    let i = low
    let j = high
    while (i <= j) {
      while (values[i] < pivot) i++
      while (values[j] > pivot) j--
      if (i <= j) {
        const swap = values[i]
        values[i] = values[j]
        values[j] = swap
        i++
        j--
      }
    }
    if (k <= j) high = j
    else if (k >= i) low = i
    else break
  }
  return values[k]
}

/** The median, in linear time, reordering `values`; null for none. */
export function medianInPlace(values: Float64Array): number | null {
  const count = values.length
  if (count === 0) return null
  const middle = count >> 1
  const upper = kthSmallestInPlace(values, middle)
  if (count % 2 === 1) return upper
  // After selection everything below `middle` is ≤ upper, so the lower middle is their maximum.
  let lower = values[0]
  for (let index = 1; index < middle; index++) if (values[index] > lower) lower = values[index]
  return (lower + upper) / 2
}

export const median = (values: readonly number[]): number | null => medianInPlace(Float64Array.from(values))

/** The first index in ascending `sorted` whose value is ≥ value (> value when `strictly`). */
function boundary(sorted: Float64Array, value: number, strictly: boolean): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < value || (strictly && sorted[middle] === value)) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Mid-rank percentile: (values below + half the values equal) / all, so that ties share a rank and
 * the whole group never all scores 0 or 1.
 */
export const midRankPercentile = (sorted: Float64Array, value: number): number =>
  (boundary(sorted, value, false) + boundary(sorted, value, true)) / 2 / sorted.length

export const roundTo = (value: number, decimals: number): number => {
  const scale = 10 ** decimals
  return Math.round(value * scale) / scale
}
