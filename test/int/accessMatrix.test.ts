import type { Payload, TypedUser } from 'payload'

import { describe, expect, it } from 'vitest'

import { type AccessDriver, type AccessFixture, checkCell, checkPiiReads, type Outcome } from '../access/checkCells'
import { prepareAccessFixture } from '../access/fixture'
import { ACCESS_MATRIX, MATRIX_ROLES, type MatrixRole, matrixCells, PII_FIELDS } from '../access/matrix'
import { useTestPayload } from '../support/testPayload'

/** What the Local API threw, as the shared checks understand it. */
async function outcomeOf(operation: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = (await operation()) as { docs?: Record<string, unknown>[]; id?: number }
    return { kind: 'ok', docs: result?.docs, id: result?.id }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403) return { kind: 'forbidden' }
    if (status === 404) return { kind: 'notFound' }
    if (status === 400) return { kind: 'invalid' }
    return { kind: 'unexpected', detail: `${(error as Error).name} ${status}: ${(error as Error).message}` }
  }
}

function localDriver(payload: Payload, users: Partial<Record<MatrixRole, TypedUser>>): AccessDriver {
  const as = (role: MatrixRole) => ({ user: users[role], overrideAccess: false, depth: 0 })
  const collection = (slug: string) => slug as 'users'
  return {
    name: 'Local API',
    find: (slug, role) => outcomeOf(() => payload.find({ collection: collection(slug), pagination: false, ...as(role) })),
    findVersions: (slug, role) => outcomeOf(() => payload.findVersions({ collection: slug as 'content-assets', pagination: false, ...as(role) })),
    create: (slug, role) => outcomeOf(() => payload.create({ collection: collection(slug), data: {} as never, ...as(role) })),
    update: (slug, role, id) => outcomeOf(() => payload.update({ collection: collection(slug), id, data: {}, ...as(role) })),
    delete: (slug, role, id) => outcomeOf(() => payload.delete({ collection: collection(slug), id, ...as(role) })),
    findGlobal: (slug, role) => outcomeOf(() => payload.findGlobal({ slug: slug as 'payload-jobs-stats', ...as(role) })),
    updateGlobal: (slug, role) => outcomeOf(() => payload.updateGlobal({ slug: slug as 'payload-jobs-stats', data: { stats: { matrix: role } }, ...as(role) })),
  }
}

/** Every cell of the access matrix through the Local API with overrideAccess: false. */
describe('access matrix through the Local API', () => {
  const testPayload = useTestPayload('access-matrix')
  let fixture: AccessFixture
  let driver: AccessDriver
  const users: Partial<Record<MatrixRole, TypedUser>> = {}

  const ready = async () => {
    if (fixture) return
    const payload = testPayload()
    fixture = await prepareAccessFixture(payload)
    for (const [role, id] of Object.entries(fixture.userIds))
      users[role as MatrixRole] = { ...(await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })), collection: 'users' } as TypedUser
    driver = localDriver(payload, users)
  }

  it('has a row for every collection and global in the config, and no row for anything else', async () => {
    await ready()
    const configured = [...fixture.payload.config.collections.map((one) => one.slug), ...fixture.payload.config.globals.map((one) => one.slug)].sort()
    expect(Object.keys(ACCESS_MATRIX).sort(), 'matrix rows (test/access/matrix.ts) vs the Payload config').toEqual(configured)
    for (const [slug, row] of Object.entries(ACCESS_MATRIX)) {
      const versions = Boolean(fixture.payload.collections[slug as 'users']?.config.versions)
      for (const role of MATRIX_ROLES)
        expect('readVersions' in row.roles[role], `${role} readVersions ${slug}: a cell exactly where versions are kept`).toBe(versions)
    }
  })

  for (const slug of Object.keys(ACCESS_MATRIX)) {
    it(`holds for ${slug}`, async () => {
      await ready()
      const problems: string[] = []
      for (const cell of matrixCells().filter((one) => one.slug === slug)) problems.push(...(await checkCell(driver, fixture, cell)))
      expect(problems).toEqual([])
    })
  }

  it('shows PII fields only to their readers', async () => {
    await ready()
    const problems: string[] = []
    for (const role of MATRIX_ROLES) {
      const readable = (slug: string) => ACCESS_MATRIX[slug]!.roles[role].read !== 'denied'
      problems.push(...(await checkPiiReads(driver, fixture, role, readable)))
    }
    expect(problems).toEqual([])
  })

  it('drops a PII change from anyone who may save the document but not the field', async () => {
    await ready()
    const { payload } = fixture
    const checked: string[] = []
    for (const rule of PII_FIELDS.filter((one) => !one.path.includes('.') || one.collection === 'ugc-submissions')) {
      for (const role of MATRIX_ROLES) {
        if (ACCESS_MATRIX[rule.collection]!.roles[role].update === 'denied' || rule.writers.includes(role)) continue
        const [doc] = (await payload.find({ collection: rule.collection as 'users', limit: 1, depth: 0, overrideAccess: true })).docs as Record<string, any>[]
        const [group, field] = rule.path.split('.')
        const change = field
          ? { [group!]: { ...doc![group!], [field]: 'changed-by-matrix' } }
          : { [group!]: rule.collection === 'collaborations' ? 1 : { changed: 'x' } }
        const outcome = await outcomeOf(() =>
          payload.update({ collection: rule.collection as 'users', id: doc!.id, data: change, user: users[role], overrideAccess: false }),
        )
        const after = (await payload.findByID({ collection: rule.collection as 'users', id: doc!.id, depth: 0, overrideAccess: true })) as Record<string, any>
        const value = field ? after[group!]?.[field] : after[group!]
        const before = field ? doc![group!]?.[field] : doc![group!]
        expect(JSON.stringify(value), `${role} update PII ${rule.collection}.${rule.path} via Local API (${outcome.kind})`).toBe(JSON.stringify(before))
        checked.push(`${role} ${rule.collection}.${rule.path}`)
      }
    }
    // Reviewers may move collaborations on; admins and KOL managers moderate UGC: each is such a case.
    expect(checked).toEqual(
      expect.arrayContaining(['reviewer collaborations.fee', 'kol-manager ugc-submissions.author.contact', 'admin ugc-submissions.licence.ipHash']),
    )
  })
})
