/**
 * Text shown to people in both admin languages. Domain modules return these instead of choosing a
 * language themselves; the admin (or API caller) picks the one it needs.
 */
export type Localized = { zh: string; en: string }

/** The admin language of a request or a client i18n object: English when chosen, Chinese otherwise. */
export const languageOf = (i18n: { language?: string } | null | undefined): keyof Localized =>
  i18n?.language === 'en' ? 'en' : 'zh'
