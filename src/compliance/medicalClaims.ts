import {
  MEDICAL_CLAIM_LAWS,
  MEDICAL_CLAIM_SUGGESTIONS,
  MEDICAL_CLAIM_TERMS,
  medicalClaimMessage,
} from './terms'
import { createAllowMatcher, createPhraseMatcher, findTerms } from './textMatching'
import type { ComplianceHit, ProductCategory } from './types'

const MEDICAL_CLAIMS = createPhraseMatcher(
  MEDICAL_CLAIM_TERMS.map((claim) => ({ phrase: claim.term, value: claim })),
)

/**
 * Medical-effect claims, which cosmetics, food and mother-and-baby products must not make; none
 * for other products. `allowTerms` are product names that contain a term (抑菌湿巾).
 */
export function scanMedicalClaims(
  text: string,
  field: string,
  category: ProductCategory,
  { allowTerms = [] }: { allowTerms?: readonly string[] } = {},
): ComplianceHit[] {
  if (category === 'other') return []
  const allowed = allowTerms.length > 0 ? createAllowMatcher([], allowTerms) : undefined
  return findTerms(text, MEDICAL_CLAIMS, allowed).map(({ match, value: claim }) => {
    const level = claim.levels[category]
    return {
      rule: 'medical-claim',
      level,
      field,
      term: claim.term,
      match,
      law: MEDICAL_CLAIM_LAWS[category],
      message: medicalClaimMessage(claim.term, level, category),
      suggestion: claim.suggestion ?? MEDICAL_CLAIM_SUGGESTIONS[category],
    }
  })
}
