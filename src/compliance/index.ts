export { createAbsoluteTermScanner, scanAbsoluteTerms } from './absoluteTerms'
export type { AbsoluteTermLists, AbsoluteTermScanner } from './absoluteTerms'
export { checkDisclosure, WHOLE_VARIANT_FIELD } from './disclosure'
export type { DisclosureInput } from './disclosure'
export { detectDiversion } from './diversion'
export { scanMedicalClaims } from './medicalClaims'
export { buildComplianceReport } from './report'
export type { ComplianceInput } from './report'
export type {
  ComplianceHit,
  ComplianceLevel,
  ComplianceReport,
  ComplianceRule,
  ProductCategory,
  TextField,
  TextMatch,
} from './types'
