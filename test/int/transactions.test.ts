import type { Payload } from 'payload'

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload } from '../support/testPayload'

describe('transactions', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestPayload('transactions')
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('leaves nothing behind when a request fails after some of its writes', async () => {
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
