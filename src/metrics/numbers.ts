/**
 * Figures arrive from platform exports, forms and imports: a count that is not a finite number ≥ 0
 * (NaN, Infinity, −3) is not a figure we can use, so every formula treats it as unknown.
 */
export type Figure = number | null | undefined

export const countOrNull = (value: Figure): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
