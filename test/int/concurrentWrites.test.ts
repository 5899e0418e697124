import type { Client } from '@libsql/client'

import { describe, expect, it } from 'vitest'

import { useTestPayload } from '../support/testPayload'

describe('concurrent writes', () => {
  const testPayload = useTestPayload('concurrent-writes')

  it('all succeed when requests write at the same time, before and after earlier transactions', async () => {
    const payload = testPayload()
    const createBrand = (name: string) =>
      payload.create({ collection: 'brands', data: { name, category: 'cosmetics' }, overrideAccess: true })
    await createBrand('先行品牌')
    const names = Array.from({ length: 12 }, (_, index) => `并发品牌${index}`)
    const results = await Promise.allSettled(names.map(createBrand))
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    expect((await payload.count({ collection: 'brands' })).totalDocs).toBe(13)
  })

  it('lets a write outside any transaction wait for one in progress, and leaves the database usable', async () => {
    const payload = testPayload()
    // Like the jobs runner updating its stats global while a request is saving an upload.
    const transaction = await payload.db.beginTransaction()
    const req = { transactionID: transaction ?? undefined } as Parameters<typeof payload.db.create>[0]['req']
    await payload.db.create({ collection: 'brands', data: { name: '事务内品牌', category: 'cosmetics' }, req })
    const outside = payload.db.create({ collection: 'brands', data: { name: '事务外品牌', category: 'food' } })
    await new Promise((resolve) => setTimeout(resolve, 200))
    if (transaction) await payload.db.commitTransaction(transaction)
    await expect(outside).resolves.toMatchObject({ name: '事务外品牌' })
    // A connection left on a stale snapshot would now fail to begin, and miss the rows written since.
    await payload.create({ collection: 'brands', data: { name: '之后的品牌', category: 'other' }, overrideAccess: true })
    const names = (await payload.find({ collection: 'brands', pagination: false })).docs.map((brand) => brand.name)
    expect(names).toEqual(expect.arrayContaining(['事务内品牌', '事务外品牌', '之后的品牌']))
  })

  it.skipIf(process.env.TEST_DATABASE === 'postgres')(
    'keeps waiting for other processes’ SQLite locks after its own transactions',
    async () => {
      const client = (testPayload().db as unknown as { client: Client }).client
      const { rows } = await client.execute('PRAGMA busy_timeout')
      expect(rows[0]?.timeout).toBe(5000)
    },
  )
})
