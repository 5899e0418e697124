import type { Payload } from 'payload'

import { FORMAT_RULES } from '../../src/platforms/rules'
import { RELEASED_STATUSES } from '../../src/workflow'
import { type Cell, describeCell, type MatrixRole, type MatrixRow, type Operation, PII_FIELDS } from './matrix'

/** What an interface answered, whatever its wire format: the checks below are the same for all. */
export type Outcome =
  | { kind: 'ok'; docs?: Doc[]; id?: number | string }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'invalid' }
  | { kind: 'unexpected'; detail: string }

export type Doc = Record<string, any>

/** One way into the system (Local API, REST or GraphQL), acting as a role. */
export type AccessDriver = {
  name: string
  find: (slug: string, role: MatrixRole) => Promise<Outcome>
  findVersions: (slug: string, role: MatrixRole) => Promise<Outcome>
  /** An empty document: an allowed role gets a validation error (or a document), a denied one 403. */
  create: (slug: string, role: MatrixRole) => Promise<Outcome>
  /** An empty change. */
  update: (slug: string, role: MatrixRole, id: number | string) => Promise<Outcome>
  delete: (slug: string, role: MatrixRole, id: number | string) => Promise<Outcome>
  findGlobal: (slug: string, role: MatrixRole) => Promise<Outcome>
  updateGlobal: (slug: string, role: MatrixRole) => Promise<Outcome>
}

/** The test's view of the truth: the database through the Local API with overrideAccess, and who each role is. */
export type AccessFixture = {
  payload: Payload
  /** The user id of each signed-in role. */
  userIds: Record<Exclude<MatrixRole, 'anonymous'>, number>
  /** The brand the brand-limited publisher key may read. */
  limitedBrandId: number
}

/** An id no document has: an allowed update or delete finds nothing (404) instead of being refused (403). */
export const MISSING_ID = 987_654

const all = async (fixture: AccessFixture, slug: string): Promise<Doc[]> =>
  (await fixture.payload.find({ collection: slug as 'users', depth: 0, pagination: false, overrideAccess: true })).docs as Doc[]

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)
const sameId = (a: unknown, b: unknown) => String(idOf(a)) === String(idOf(b))

/** The documents a scoped role may see, and each variant it may see of them. */
function inScope(fixture: AccessFixture, slug: string, role: MatrixRole, doc: Doc): boolean {
  if (slug === 'users') return sameId(doc.id, fixture.userIds[role as 'admin'])
  if (slug === 'payload-preferences') return sameId(doc.user?.value ?? doc.user, fixture.userIds[role as 'admin'])
  if (slug === 'content-assets') return (doc.variants ?? []).some((variant: Doc) => variantInScope(fixture, role, doc, variant))
  throw new Error(`no scope rule for ${slug}`)
}

function variantInScope(fixture: AccessFixture, role: MatrixRole, asset: Doc, variant: Doc): boolean {
  if (!(RELEASED_STATUSES as readonly string[]).includes(variant.status)) return false
  if (role === 'publisher-douyin') return FORMAT_RULES[variant.format as keyof typeof FORMAT_RULES]?.channel === 'douyin'
  if (role === 'publisher-brand') return sameId(asset.brand, fixture.limitedBrandId)
  return true
}

const outcomeText = (outcome: Outcome) => (outcome.kind === 'unexpected' ? `unexpected: ${outcome.detail}` : outcome.kind)

/**
 * Checks one cell through one driver and returns what is wrong with it (empty when it holds), each
 * message naming role, collection, operation and interface.
 */
export async function checkCell(
  driver: AccessDriver,
  fixture: AccessFixture,
  { slug, row, role, operation, cell }: { slug: string; row: MatrixRow; role: MatrixRole; operation: Operation; cell: Cell },
): Promise<string[]> {
  const label = describeCell(role, slug, operation, driver.name)
  const problems: string[] = []
  const expectRefused = (outcome: Outcome, also: Outcome['kind'][] = []) => {
    if (outcome.kind !== 'forbidden' && !also.includes(outcome.kind)) problems.push(`${label}: expected a refusal, got ${outcomeText(outcome)}`)
  }
  const expectPassedAccess = (outcome: Outcome, passing: Outcome['kind'][]) => {
    if (!passing.includes(outcome.kind)) problems.push(`${label}: expected to pass access (${passing.join('/')}), got ${outcomeText(outcome)}`)
  }

  if (row.kind === 'global') {
    if (operation === 'read') {
      const outcome = await driver.findGlobal(slug, role)
      if (cell === 'denied') expectRefused(outcome)
      else expectPassedAccess(outcome, ['ok'])
    } else if (operation === 'update') {
      const before = JSON.stringify(await fixture.payload.findGlobal({ slug: slug as 'payload-jobs-stats', overrideAccess: true }))
      const outcome = await driver.updateGlobal(slug, role)
      if (cell === 'denied') {
        expectRefused(outcome)
        const after = JSON.stringify(await fixture.payload.findGlobal({ slug: slug as 'payload-jobs-stats', overrideAccess: true }))
        if (after !== before) problems.push(`${label}: refused, yet the global changed`)
      } else expectPassedAccess(outcome, ['ok'])
    }
    return problems
  }

  const count = async () => (await fixture.payload.count({ collection: slug as 'users', overrideAccess: true })).totalDocs
  const existing = operation === 'create' || operation === 'readVersions' ? [] : await all(fixture, slug)
  switch (operation) {
    case 'read': {
      const outcome = await driver.find(slug, role)
      if (cell === 'denied') {
        // A list that answers with nothing is as good as a refusal: nothing leaks.
        if (!(outcome.kind === 'ok' && outcome.docs?.length === 0)) expectRefused(outcome)
      } else if (outcome.kind !== 'ok') {
        problems.push(`${label}: expected documents, got ${outcomeText(outcome)}`)
      } else {
        const expected = cell === 'allowed' ? existing : existing.filter((doc) => inScope(fixture, slug, role, doc))
        const got = (outcome.docs ?? []).map((doc) => String(doc.id)).sort()
        const want = expected.map((doc) => String(doc.id)).sort()
        if (want.length === 0) problems.push(`${label}: the fixture has no document this role may read, so the cell proves nothing`)
        if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${label}: expected ids [${want}], got [${got}]`)
        if (cell !== 'allowed' && slug === 'content-assets')
          for (const doc of outcome.docs ?? [])
            for (const variant of doc.variants ?? [])
              if (!variantInScope(fixture, role, doc, variant)) problems.push(`${label}: asset ${doc.id} shows variant ${variant.format}/${variant.status}`)
      }
      break
    }
    case 'readVersions': {
      const outcome = await driver.findVersions(slug, role)
      if (cell === 'denied') {
        if (!(outcome.kind === 'ok' && outcome.docs?.length === 0)) expectRefused(outcome)
      } else if (outcome.kind !== 'ok' || !outcome.docs?.length) problems.push(`${label}: expected versions, got ${outcomeText(outcome)}`)
      break
    }
    case 'create': {
      const before = await count()
      const outcome = await driver.create(slug, role)
      const after = await count()
      if (cell === 'denied') {
        expectRefused(outcome)
        if (after !== before) problems.push(`${label}: refused, yet ${after - before} document(s) were written`)
      } else {
        expectPassedAccess(outcome, ['ok', 'invalid'])
        if (outcome.kind === 'ok' && outcome.id !== undefined)
          await fixture.payload.delete({ collection: slug as 'users', id: outcome.id, overrideAccess: true })
      }
      break
    }
    case 'update':
    case 'delete': {
      const act = (id: number | string) => (operation === 'update' ? driver.update(slug, role, id) : driver.delete(slug, role, id))
      const unchanged = async (id: number | string, before: Doc | undefined) => {
        const [now] = (await fixture.payload.find({ collection: slug as 'users', where: { id: { equals: id } }, depth: 0, overrideAccess: true })).docs as Doc[]
        if (before && !now) problems.push(`${label}: refused, yet document ${id} is gone`)
        else if (before && now && now.updatedAt !== before.updatedAt) problems.push(`${label}: refused, yet document ${id} changed`)
      }
      if (cell === 'denied') {
        const target = existing[0]
        expectRefused(await act(target?.id ?? MISSING_ID))
        await unchanged(target?.id ?? MISSING_ID, target)
      } else if (cell === 'allowed') {
        expectPassedAccess(await act(MISSING_ID), ['notFound'])
      } else {
        const own = existing.find((doc) => inScope(fixture, slug, role, doc))
        const other = existing.find((doc) => !inScope(fixture, slug, role, doc))
        if (!own || !other) problems.push(`${label}: the fixture needs a document in scope and one out of it`)
        if (other) {
          expectRefused(await act(other.id), ['notFound'])
          await unchanged(other.id, other)
        }
        if (own && operation === 'update') expectPassedAccess(await act(own.id), ['ok'])
        if (own && operation === 'delete') expectPassedAccess(await act(MISSING_ID), ['notFound', 'forbidden'])
      }
      break
    }
  }
  return problems
}

const valueAt = (doc: Doc, path: string): unknown[] => {
  const [head, ...rest] = path.split('.')
  const value = doc?.[head!]
  if (rest.length === 0) return [value]
  if (Array.isArray(value)) return value.flatMap((item) => valueAt(item, rest.join('.')))
  return value && typeof value === 'object' ? valueAt(value, rest.join('.')) : [undefined]
}

/** GraphQL answers a withheld group as an object of nulls: that holds no value either. */
const hasValue = (value: unknown): boolean => {
  if (value === undefined || value === null) return false
  if (Array.isArray(value)) return value.some(hasValue)
  if (typeof value === 'object') return Object.values(value).some(hasValue)
  return true
}

/**
 * The PII rules for one role through one driver: a reader sees the field (on a document that has it),
 * anyone else gets the document without it.
 */
export async function checkPiiReads(driver: AccessDriver, fixture: AccessFixture, role: MatrixRole, readable: (slug: string) => boolean): Promise<string[]> {
  const problems: string[] = []
  for (const rule of PII_FIELDS) {
    if (!readable(rule.collection)) continue
    const label = `${role} read PII ${rule.collection}.${rule.path} via ${driver.name}`
    const stored = (await all(fixture, rule.collection)).filter((doc) => valueAt(doc, rule.path).some(hasValue))
    if (stored.length === 0) {
      problems.push(`${label}: no document in the fixture has the field, so the rule proves nothing`)
      continue
    }
    const outcome = await driver.find(rule.collection, role)
    if (outcome.kind !== 'ok') {
      problems.push(`${label}: could not read the collection: ${outcomeText(outcome)}`)
      continue
    }
    const seen = (outcome.docs ?? []).filter((doc) => stored.some((one) => sameId(one.id, doc.id)))
    const shown = seen.filter((doc) => valueAt(doc, rule.path).some(hasValue))
    if (rule.readers.includes(role)) {
      if (shown.length === 0) problems.push(`${label}: a reader sees no value`)
    } else if (shown.length > 0) problems.push(`${label}: leaked on ${shown.length} document(s), e.g. ${JSON.stringify(valueAt(shown[0]!, rule.path))}`)
  }
  return problems
}
