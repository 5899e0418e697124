import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

import { storageProblem } from '../../../src/health/mediaStorage'

it('says why files cannot be stored: no directory, not a directory, or not enough free space', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-'))
  expect(await storageProblem(dir, 1024)).toBeNull()
  expect(await storageProblem(dir, Number.MAX_SAFE_INTEGER)).toMatch(/bytes free, \d+ needed$/)
  expect(await storageProblem(path.join(dir, 'missing'), 1)).toMatch(/ENOENT/)
  fs.writeFileSync(path.join(dir, 'file'), '')
  expect(await storageProblem(path.join(dir, 'file'), 1)).toMatch(/is not a directory$/)
  fs.rmSync(dir, { recursive: true })
})
