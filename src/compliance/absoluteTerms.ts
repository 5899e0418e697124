import type { Localized } from '../i18n/localized'
import {
  ABSOLUTE_TERM_CONTEXT_ALLOW_LIST,
  ABSOLUTE_TERM_LAW,
  ABSOLUTE_TERM_SUGGESTIONS,
  ABSOLUTE_TERMS_BLOCK,
  ABSOLUTE_TERMS_REVIEW,
  absoluteTermMessage,
} from './terms'
import { createAllowMatcher, createPhraseMatcher, findTerms } from './textMatching'
import type { AllowedPhrase, ComplianceHit, ComplianceLevel } from './types'

export type AbsoluteTermLists = {
  block: readonly string[]
  review: readonly string[]
  contextAllowList: readonly AllowedPhrase[]
  suggestions: Readonly<Partial<Record<string, Localized>>>
}

export type AbsoluteTermScanner = (
  text: string,
  field: string,
  options?: { allowTerms?: readonly string[] },
) => ComplianceHit[]

type ListedTerm = { term: string; level: ComplianceLevel }

/**
 * A scanner over the given lists, so a brand can extend the defaults. `allowTerms` are brand and
 * product names (极致修护精华) whose listed terms are not reported inside the name.
 */
export function createAbsoluteTermScanner(lists: AbsoluteTermLists): AbsoluteTermScanner {
  // Block terms first: a phrase listed at both levels is blocked.
  const terms = createPhraseMatcher<ListedTerm>([
    ...lists.block.map((term) => ({ phrase: term, value: { term, level: 'block' as const } })),
    ...lists.review.map((term) => ({ phrase: term, value: { term, level: 'review' as const } })),
  ])
  const contextOnly = createAllowMatcher(lists.contextAllowList)

  return (text, field, { allowTerms = [] } = {}) => {
    const allowed =
      allowTerms.length > 0 ? createAllowMatcher(lists.contextAllowList, allowTerms) : contextOnly
    return findTerms(text, terms, allowed).map(({ match, value: { term, level } }) => {
      const suggestion = lists.suggestions[term]
      return {
        rule: 'absolute-term',
        level,
        field,
        term,
        match,
        law: ABSOLUTE_TERM_LAW,
        message: absoluteTermMessage(term, level),
        ...(suggestion && { suggestion }),
      }
    })
  }
}

/** 《广告法》 absolute terms with the default lists of SPEC §3.1. */
export const scanAbsoluteTerms: AbsoluteTermScanner = createAbsoluteTermScanner({
  block: ABSOLUTE_TERMS_BLOCK,
  review: ABSOLUTE_TERMS_REVIEW,
  contextAllowList: ABSOLUTE_TERM_CONTEXT_ALLOW_LIST,
  suggestions: ABSOLUTE_TERM_SUGGESTIONS,
})
