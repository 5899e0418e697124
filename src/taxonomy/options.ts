import type { Localized } from '../i18n/localized'

/** A fixed vocabulary: stored values are stable English slugs, shown in the editor's language. */
export type Vocabulary<Value extends string> = readonly { value: Value; label: Localized }[]

export const valuesOf = <Value extends string>(vocabulary: Vocabulary<Value>): Value[] =>
  vocabulary.map((entry) => entry.value)
