import { scanAbsoluteTerms } from './absoluteTerms'
import { checkDisclosure, type DisclosureInput } from './disclosure'
import { detectDiversion } from './diversion'
import { scanMedicalClaims } from './medicalClaims'
import type { ComplianceHit, ComplianceReport, ProductCategory, TextField } from './types'

export type ComplianceInput = {
  texts: readonly TextField[]
  /** Xiaohongshu and Douyin forbid 导流. */
  forbidsDiversion: boolean
  category?: ProductCategory
  /** Brand and product names that contain listed terms. */
  allowTerms?: readonly string[]
  disclosure?: Omit<DisclosureInput, 'texts'>
}

const byOffset = (a: ComplianceHit, b: ComplianceHit): number =>
  (a.match?.start ?? 0) - (b.match?.start ?? 0)

function scanField(input: ComplianceInput, field: string, text: string): ComplianceHit[] {
  const { allowTerms, category = 'other', forbidsDiversion } = input
  return [
    ...scanAbsoluteTerms(text, field, { allowTerms }),
    ...scanMedicalClaims(text, field, category, { allowTerms }),
    ...(forbidsDiversion ? detectDiversion(text, field) : []),
  ].sort(byOffset)
}

/** The content checks of SPEC §2 and §3.1–3.2 on one variant: hits by field order, then offset. */
export function buildComplianceReport(input: ComplianceInput): ComplianceReport {
  const hits = [
    ...input.texts.flatMap(({ field, text }) => (text ? scanField(input, field, text) : [])),
    ...(input.disclosure ? checkDisclosure({ ...input.disclosure, texts: input.texts }) : []),
  ]
  const blockCount = hits.filter((hit) => hit.level === 'block').length
  return { ok: blockCount === 0, blockCount, reviewCount: hits.length - blockCount, hits }
}
