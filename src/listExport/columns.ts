import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { Localized } from '../i18n/localized'

import { formatChinaTime } from '../calendar/chinaTime'
import { guardFormula } from '../kolImport/cells'

type Lang = keyof Localized
type Label = string | Record<string, string> | false | ((args: { i18n: PayloadRequest['i18n']; t: PayloadRequest['t'] }) => unknown) | undefined

/** One CSV column of a list export: its header and how a document's value becomes a cell. */
export type ListColumn = { header: string; cell: (doc: Record<string, unknown>) => string }

const YES_NO = { zh: ['是', '否'], en: ['Yes', 'No'] } as const

/** A Payload label: text, text per language, or a function of the translations (Payload's own fields, such as updatedAt). */
function labelText(req: PayloadRequest, label: Label, fallback: string, lang: Lang): string {
  if (typeof label === 'function') return String(label({ i18n: req.i18n, t: req.t }) ?? fallback)
  return typeof label === 'string' ? label : label && typeof label === 'object' ? (label[lang] ?? label.zh ?? fallback) : fallback
}

const fieldLabel = (req: PayloadRequest, field: FlattenedField, lang: Lang) =>
  labelText(req, ('label' in field ? field.label : undefined) as Label, field.name, lang)

/** The words of a Lexical rich text, a paragraph per line. */
function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, type } = node as { text?: string; children?: unknown[]; type?: string }
  if (typeof text === 'string') return text
  const inner = (children ?? []).map(plainText).join(type === 'root' ? '\n' : '')
  return inner
}

/** A relationship as its title (the related collection's `useAsTitle`) when populated, else its ID. */
function relationText(req: PayloadRequest, relationTo: string | string[], value: unknown): string {
  const polymorphic = Array.isArray(relationTo)
  const target = polymorphic ? (value as { relationTo?: string })?.relationTo : relationTo
  const ref = polymorphic ? (value as { value?: unknown })?.value : value
  if (ref && typeof ref === 'object') {
    const titleField = target ? req.payload.collections[target as keyof typeof req.payload.collections]?.config.admin.useAsTitle : undefined
    const doc = ref as Record<string, unknown>
    return String((titleField && doc[titleField]) ?? doc.id ?? '')
  }
  return ref === null || ref === undefined ? '' : String(ref)
}

/** A stored value as a spreadsheet cell, in the user's language where the field has labels. */
function cellText(req: PayloadRequest, field: FlattenedField, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return ''
  const many = (each: (item: unknown) => string) => (Array.isArray(value) ? value.map(each).join('|') : each(value))
  switch (field.type) {
    case 'checkbox':
      return YES_NO[lang][value ? 0 : 1]
    case 'date':
      return typeof value === 'string' || value instanceof Date ? formatChinaTime(new Date(value)) : ''
    case 'select':
    case 'radio':
      return many((item) => {
        const option = field.options.find((candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === item)
        return option && typeof option === 'object' ? labelText(req, option.label as Label, String(item), lang) : String(item)
      })
    case 'relationship':
    case 'upload':
      return many((item) => relationText(req, field.relationTo, item))
    case 'richText':
      return plainText((value as { root?: unknown }).root ?? value)
    case 'json':
      return JSON.stringify(value)
    case 'point':
      return Array.isArray(value) ? value.join(',') : ''
    case 'group':
    case 'tab':
      return field.flattenedFields
        .map((sub) => cellText(req, sub, (value as Record<string, unknown>)[sub.name], lang))
        .filter(Boolean)
        .join(' / ')
    case 'array':
      return (value as Record<string, unknown>[])
        .map((row) =>
          field.flattenedFields
            .map((sub) => cellText(req, sub, row[sub.name], lang))
            .filter(Boolean)
            .join(' / '),
        )
        .join(' | ')
    case 'blocks':
      return (value as Record<string, unknown>[])
        .map((row) => {
          const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
          const fields = (block?.flattenedFields ?? []).map((sub) => cellText(req, sub, row[sub.name], lang)).filter(Boolean)
          return [labelText(req, block?.labels?.singular as Label, String(row.blockType), lang), ...fields].join(' / ')
        })
        .join(' | ')
    case 'join':
      return ''
    default:
      return String(value)
  }
}

/** Whether the user may read a field: its own read rule, asked without a document (role rules). */
async function mayRead(req: PayloadRequest, field: FlattenedField): Promise<boolean> {
  const rule = 'access' in field ? field.access?.read : undefined
  if (!rule) return true
  try {
    return Boolean(await rule({ req } as Parameters<typeof rule>[0]))
  } catch {
    // A rule that needs the document cannot say yes for the whole column.
    return false
  }
}

/**
 * The columns of a list export: the list view's visible columns (`accessors` from its column
 * picker, groups expanded into their fields), else the collection's default columns, the ID first.
 * Fields the user may not read are left out, not just blanked; join and UI fields have no cells.
 */
export async function listColumns(req: PayloadRequest, collection: SanitizedCollectionConfig, accessors: readonly string[], lang: Lang): Promise<ListColumn[]> {
  const chosen = accessors.length > 0 ? accessors : (collection.admin.defaultColumns ?? [collection.admin.useAsTitle ?? 'id'])
  const columns: ListColumn[] = [{ header: 'ID', cell: (doc) => String(doc.id ?? '') }]
  const add = async (field: FlattenedField, path: readonly string[], headers: readonly string[]) => {
    if (field.type === 'join' || (field.hidden ?? false) || !(await mayRead(req, field))) return
    const header = [...headers, fieldLabel(req, field, lang)]
    if (field.type === 'group' || field.type === 'tab') {
      for (const sub of field.flattenedFields) await add(sub, [...path, field.name], header)
      return
    }
    const at = [...path, field.name]
    columns.push({
      header: header.join(' · '),
      cell: (doc) => {
        const value = at.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)
        return guardFormula(cellText(req, field, value, lang))
      },
    })
  }
  for (const accessor of chosen) {
    if (accessor === 'id') continue
    const names = accessor.split('.')
    let fields: readonly FlattenedField[] = collection.flattenedFields
    const path: string[] = []
    const headers: string[] = []
    let field: FlattenedField | undefined
    for (const [index, name] of names.entries()) {
      field = fields.find((candidate) => candidate.name === name)
      if (!field) break
      if (index < names.length - 1) {
        if (field.type !== 'group' && field.type !== 'tab') {
          field = undefined
          break
        }
        if (!(await mayRead(req, field))) {
          field = undefined
          break
        }
        path.push(field.name)
        headers.push(fieldLabel(req, field, lang))
        fields = field.flattenedFields
      }
    }
    if (field) await add(field, path, headers)
  }
  return columns
}
