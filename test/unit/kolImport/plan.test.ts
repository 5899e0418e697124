import { describe, expect, it } from 'vitest'

import type { Kol } from '../../../src/payload-types'

import { checkFile } from '../../../src/kolImport/fileCheck'
import { normalizeHandle } from '../../../src/kolImport/handle'
import { kolData } from '../../../src/kolImport/kolData'
import { accountKey, type ExistingKol, type ExistingKols, resolveKol } from '../../../src/kolImport/plan'
import type { ParsedRow } from '../../../src/kolImport/rows'

async function* bytes(text: string) {
  yield new TextEncoder().encode(text)
}

const existing = (...kols: ExistingKol[]): ExistingKols => {
  const owners = new Map(kols.flatMap((kol) => kol.accounts.map((account) => [accountKey(account), kol] as const)))
  return { ownerOf: (account) => owners.get(accountKey(account)), byId: (id) => kols.find((kol) => kol.id === id) }
}
const XIAOLU: ExistingKol = { id: '1', name: '小鹿', accounts: [{ platform: 'xiaohongshu', handle: '小鹿呀' }] }
const DABAI: ExistingKol = { id: '2', name: '大白', accounts: [{ platform: 'douyin', handle: '大白' }] }

async function plan(text: string, database: ExistingKols) {
  const check = await checkFile(bytes(text))
  return [...check.plan.kols.values()].map((kol) => {
    const { planned, issues } = resolveKol(kol, database, (path) => path)
    const found = [...check.issues.list().filter((issue) => issue.row >= kol.firstRow && issue.row <= kol.lastRow), ...issues]
    return {
      name: planned.name,
      action: planned.action,
      kolId: planned.kolId,
      accounts: planned.accounts.map((account) => account.action),
      issues: found.map((issue) => [issue.row, issue.reason.zh]),
    }
  })
}

describe('upsert by platform + handle', () => {
  it('updates the KOL an account belongs to, adds its new accounts, and creates KOLs whose accounts are all new', async () => {
    expect(await plan('name,platform,handle\n小鹿,小红书,小鹿呀\n小鹿,抖音,小鹿抖音\n新人,小红书,新人\n', existing(XIAOLU))).toEqual([
      { name: '小鹿', action: 'update', kolId: '1', accounts: ['update', 'create'], issues: [] },
      { name: '新人', action: 'create', kolId: null, accounts: ['create'], issues: [] },
    ])
  })

  it('matches a handle typed with full-width letters or spaces around it to the account saved without them', async () => {
    const coco: ExistingKol = { id: '3', name: 'Coco', accounts: [{ platform: 'weibo', handle: 'coco_lu 2' }] }
    expect(normalizeHandle('\u3000ｃｏｃｏ_ｌｕ　２ ')).toBe('coco_lu 2')
    expect(await plan('name,platform,handle\nCoco,微博,"  ｃｏｃｏ_ｌｕ　２\t"\n', existing(coco))).toMatchObject([
      { action: 'update', kolId: '3', accounts: ['update'] },
    ])
  })

  it('does not match on the name: a known name with new accounts is a new KOL', async () => {
    expect(await plan('name,platform,handle\n小鹿,微博,小鹿微博\n', existing(XIAOLU))).toMatchObject([{ action: 'create', kolId: null }])
  })

  it('refuses accounts of different KOLs under one name, an account of another KOL, an unknown ID and a second handle on a platform', async () => {
    const database = existing(XIAOLU, DABAI)
    expect(await plan('name,platform,handle\n合并,小红书,小鹿呀\n合并,抖音,大白\n', database)).toEqual([
      {
        name: '合并',
        action: 'skip',
        kolId: null,
        accounts: [],
        issues: [
          [2, '本达人的账号在系统中分属不同达人：「小鹿」（ID 1）、「大白」（ID 2）；请拆分为不同达人或填写达人ID'],
          [3, '本达人的账号在系统中分属不同达人：「小鹿」（ID 1）、「大白」（ID 2）；请拆分为不同达人或填写达人ID'],
        ],
      },
    ])
    expect((await plan('kolId,name,platform,handle\n1,,抖音,大白\n', database))[0]!.issues).toEqual([
      [2, '该抖音账号已属于达人「大白」（ID 2），不是「小鹿」（ID 1）'],
    ])
    expect((await plan('kolId,platform,handle\n99,抖音,新号\n', database))[0]!.issues).toEqual([[2, '找不到 ID 为 99 的达人']])
    expect((await plan('name,platform,handle\n小鹿,小红书,小鹿呀\n小鹿,小红书,小鹿新号\n', database))[0]!.issues).toEqual([
      [3, '同一达人在第 2 行已有小红书账号「小鹿呀」；每个平台只能有一个账号'],
    ])
    expect((await plan('kolId,platform,handle\n1,小红书,小鹿新号\n', database))[0]!.issues).toEqual([
      [2, '达人「小鹿」（ID 1）已有小红书账号「小鹿呀」；每个平台只能有一个账号'],
    ])
  })
})

describe('the data a KOL is saved with', () => {
  const stored = {
    id: 1,
    name: '小鹿',
    kind: 'kol',
    verticals: ['beauty'],
    contact: { phone: '13800000000', wechatId: 'xiaolu' },
    accounts: [
      { id: 'a1', platform: 'xiaohongshu', handle: '小鹿呀', followers: 1000, avgViews: 500, audience: { femaleShare: 0.9, topProvinces: ['上海'] } },
      { id: 'a2', platform: 'weibo', handle: '小鹿微博', followers: 50 },
    ],
  } as unknown as Kol

  it('lays filled cells over the stored KOL, keeps what the file leaves blank or out, and adds new accounts', () => {
    const rows: Pick<ParsedRow, 'kol' | 'account'>[] = [
      {
        kol: { name: '小鹿', verticals: ['skincare', 'beauty'], 'contact.phone': '13911112222' },
        account: { platform: 'xiaohongshu', handle: '小鹿呀', followers: 2000 },
      },
      // A later row's own columns only repeat or leave blank what the first row says (the check refuses the rest).
      { kol: { name: '小鹿' }, account: { platform: 'douyin', handle: '小鹿抖音', followers: 300, 'audience.femaleShare': 0.8 } },
    ]
    expect(kolData(rows, stored)).toEqual({
      name: '小鹿',
      verticals: ['skincare', 'beauty'],
      contact: { phone: '13911112222', wechatId: 'xiaolu' },
      accounts: [
        { id: 'a1', platform: 'xiaohongshu', handle: '小鹿呀', followers: 2000, avgViews: 500, audience: { femaleShare: 0.9, topProvinces: ['上海'] } },
        { id: 'a2', platform: 'weibo', handle: '小鹿微博', followers: 50 },
        { platform: 'douyin', handle: '小鹿抖音', followers: 300, audience: { femaleShare: 0.8 } },
      ],
    })
    // The stored document is not changed on the way.
    expect(stored.accounts![0]!.followers).toBe(1000)
    expect(stored.contact!.phone).toBe('13800000000')
  })
})
