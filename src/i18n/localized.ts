/**
 * Text shown to people in both admin languages. Domain modules return these instead of choosing a
 * language themselves; the admin (or API caller) picks the one it needs.
 */
export type Localized = { zh: string; en: string }
