import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

import { removeAbandonedReceivingDirectories } from '../../../src/ugc/intake/receivingDirectories'

it('removes, at start, the receiving and upload temp directories of processes that are gone or had this PID, and only those', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'receiving-'))
  const deadPid = spawnSync('true').pid
  const names = [
    `zhongcao-ugc-${deadPid}-a1`,
    `zhongcao-uploads-${deadPid}`,
    `zhongcao-ugc-${process.pid}-b2`,
    `zhongcao-uploads-${process.pid}`,
    'zhongcao-ugc-1-c3',
    'zhongcao-media-x',
    'other',
  ]
  for (const name of names) {
    fs.mkdirSync(path.join(tmp, name))
    fs.writeFileSync(path.join(tmp, name, '0'), 'half a photo')
  }
  const removed = names.slice(0, 4)
  expect((await removeAbandonedReceivingDirectories(tmp)).sort()).toEqual(removed.sort())
  expect(fs.readdirSync(tmp).sort()).toEqual(names.filter((name) => !removed.includes(name)).sort())
  fs.rmSync(tmp, { recursive: true })
})
