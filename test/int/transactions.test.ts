import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { describe, expect, it } from 'vitest'

import { useTestPayload } from '../support/testPayload'

describe('transactions', () => {
  const testPayload = useTestPayload('transactions')

  it('leaves nothing behind when a request fails after some of its writes', async () => {
    const payload = testPayload()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({
      collection: 'users',
      data: { email: 'half@brand.cn', password: 'correct-horse-battery', roles: ['editor'] },
      overrideAccess: true,
      req,
    })
    const duplicate = payload.create({
      collection: 'users',
      data: { email: 'half@brand.cn', password: 'correct-horse-battery', roles: ['editor'] },
      overrideAccess: true,
      req,
    })
    await expect(duplicate).rejects.toThrow()
    await killTransaction(req)

    const { totalDocs } = await payload.count({ collection: 'users' })
    expect(totalDocs).toBe(0)
  })
})
