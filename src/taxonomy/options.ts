import type { Localized } from '../i18n/localized'

/** A fixed vocabulary: stored values are stable English slugs, shown in the editor's language. */
export type Vocabulary<Value extends string> = readonly { value: Value; label: Localized }[]

/** A vocabulary as the options of a Payload select field (Payload wants a mutable array). */
export const selectOptions = <Value extends string>(vocabulary: Vocabulary<Value>) =>
  vocabulary.map(({ value, label }) => ({ value, label }))
