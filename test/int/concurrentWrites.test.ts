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

  it.skipIf(process.env.TEST_DATABASE === 'postgres')(
    'keeps waiting for other processes’ SQLite locks after its own transactions',
    async () => {
      const client = (testPayload().db as unknown as { client: Client }).client
      const { rows } = await client.execute('PRAGMA busy_timeout')
      expect(rows[0]?.timeout).toBe(5000)
    },
  )
})
