import type { FlattenedField } from 'payload'

import type { Localized } from '../i18n/localized'

/** Operators whose operand is a list (or one value); every other operator compares with one value. */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/** Payload's operators that compare a field with values (geo operators and `exists` take other operands). */
const VALUE_OPERATORS = new Set([
  ...LIST_OPERATORS,
  'equals',
  'not_equals',
  'contains',
  'like',
  'not_like',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

type Operand = string | number | boolean | null

export type WhereProblem = { path: string; reason: 'not-a-value' | 'not-an-id' | 'not-a-date' | 'not-a-number' }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isOperand = (value: unknown): value is Operand => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** The field a where path names, through groups, arrays and tabs; undefined past a relationship or for unknown names. */
export function fieldAtPath(fields: readonly FlattenedField[], path: string): FlattenedField | undefined {
  const [name, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return field
  return 'flattenedFields' in field && field.flattenedFields ? fieldAtPath(field.flattenedFields, rest.join('.')) : undefined
}

const isInteger = (value: Operand) =>
  value === null || (typeof value === 'number' ? Number.isInteger(value) : typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim()))

/** Why one operand cannot be compared with the field, or null when it can. */
function operandProblem(field: FlattenedField | undefined, path: string, numericIds: boolean, value: Operand): WhereProblem['reason'] | null {
  if (value === null || value === '' || value === 'null') return null
  if (path === 'id' || (field && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')) {
    return numericIds && !isInteger(value) ? 'not-an-id' : null
  }
  if (field?.type === 'date') return Number.isFinite(Date.parse(String(value))) ? null : 'not-a-date'
  if (field?.type === 'number') return typeof value === 'boolean' || !Number.isFinite(Number(value)) ? 'not-a-number' : null
  return null
}

/**
 * The first condition of a `where` clause the database cannot be asked: an operand that is an
 * object (`where[name][equals][$gt]=`, a NoSQL operator smuggled into a value), a list where one
 * value is compared, a word where an id, a date or a number belongs. Payload hands such operands
 * to the database driver, which throws (cannot bind, NaN, `val.split`), and the request failed 500.
 * `fields` are the collection's; unknown paths and operators are left to Payload, which refuses them.
 */
export function whereProblem(where: unknown, fields: readonly FlattenedField[], numericIds: boolean, at = 'where'): WhereProblem | null {
  if (!isRecord(where)) return null
  for (const [key, conditions] of Object.entries(where)) {
    if (['and', 'or', 'AND', 'OR'].includes(key) && Array.isArray(conditions)) {
      for (const [index, clause] of conditions.entries()) {
        const problem = whereProblem(clause, fields, numericIds, `${at}.${key}.${index}`)
        if (problem) return problem
      }
      continue
    }
    if (!isRecord(conditions)) continue
    const field = fieldAtPath(fields, key)
    for (const [operator, operand] of Object.entries(conditions)) {
      if (!VALUE_OPERATORS.has(operator)) continue
      const path = `${at}.${key}.${operator}`
      // A list operator also takes its values as one comma-separated string, as Payload splits it.
      const operands = !LIST_OPERATORS.has(operator)
        ? [operand]
        : Array.isArray(operand)
          ? operand
          : typeof operand === 'string'
            ? operand.split(',')
            : [operand]
      if (!operands.every(isOperand)) return { path, reason: 'not-a-value' }
      const reason = operands.map((value) => operandProblem(field, key, numericIds, value)).find(Boolean)
      if (reason) return { path, reason }
    }
  }
  return null
}

/** What to tell the caller, naming the condition by its path (`where.brand.equals`). */
export const whereProblemMessage = ({ path, reason }: WhereProblem): Localized => {
  const what: Record<WhereProblem['reason'], Localized> = {
    'not-a-value': { zh: '须为一个值或一组值', en: 'must be a value or a list of values' },
    'not-an-id': { zh: '须为文档 ID', en: 'must be a document id' },
    'not-a-date': { zh: '须为日期时间', en: 'must be a date and time' },
    'not-a-number': { zh: '须为数字', en: 'must be a number' },
  }
  return { zh: `查询条件无效：${path} ${what[reason].zh}`, en: `Invalid query: ${path} ${what[reason].en}` }
}
