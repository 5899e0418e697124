/** An environment switch is on when set to `1`, `true` or `yes` (any case). */
export const isEnabled = (value: string | undefined): boolean => ['1', 'true', 'yes'].includes((value ?? '').trim().toLowerCase())
