import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { removeStagedUploads } from '../../src/jobs/removeStagedUploads'
import { scenePhoto } from '../support/ugcFiles'
import { useTestPayload } from '../support/testPayload'

describe('removing staged UGC uploads', () => {
  const testPayload = useTestPayload('remove-staged-uploads')
  const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

  const stage = async (name: string, stagedUntil: string | null, submission?: number) => {
    const data = await scenePhoto('breakfast', 640, 480).jpeg().toBuffer()
    return testPayload().create({
      collection: 'ugc-media',
      data: { kind: 'image', stagedUntil, submission },
      file: { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length },
      overrideAccess: true,
    })
  }

  it('removes the rows and files of uploads past their time that no submission took, and nothing else', async () => {
    const payload = testPayload()
    const brand = await payload.create({ collection: 'brands', data: { name: '花西子测试', category: 'cosmetics' }, overrideAccess: true })
    const product = await payload.create({
      collection: 'products',
      data: { name: '散粉', sku: 'UGC-TEST-1', brand: brand.id, category: 'cosmetics' },
      overrideAccess: true,
    })
    const submission = await payload.create({ collection: 'ugc-submissions', data: { product: product.id, status: 'pending' }, overrideAccess: true })

    const abandoned = await stage('abandoned', hoursFromNow(-2))
    const waiting = await stage('waiting', hoursFromNow(3))
    const justExpired = await stage('just-expired', hoursFromNow(-0.05))
    const submitted = await stage('submitted', null, submission.id)
    const directory = path.join(process.env.MEDIA_DIR!, 'ugc')
    expect(readdirSync(directory).filter((file) => file.startsWith('abandoned'))).toHaveLength(2) // the photo and its thumbnail

    expect(await removeStagedUploads(payload)).toEqual({ removed: 1 })

    const left = await payload.find({ collection: 'ugc-media', overrideAccess: true, depth: 0 })
    expect(left.docs.map((doc) => doc.id).sort()).toEqual([waiting.id, justExpired.id, submitted.id].sort())
    expect(readdirSync(directory).filter((file) => file.startsWith('abandoned'))).toEqual([])
    expect(existsSync(path.join(directory, waiting.filename!))).toBe(true)
  })
})
