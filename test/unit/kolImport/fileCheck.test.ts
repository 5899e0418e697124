import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { checkFile } from '../../../src/kolImport/fileCheck'
import { readHeader } from '../../../src/kolImport/header'

const SAMPLE = path.resolve(import.meta.dirname, '../../../docs/samples/kols.csv')

async function* bytes(...parts: (string | Uint8Array)[]) {
  for (const part of parts) yield typeof part === 'string' ? new TextEncoder().encode(part) : part
}

const check = (text: string) => checkFile(bytes(text))
const errors = (issues: { row: number; column: string; reason: { zh: string }; severity: string }[]) =>
  issues.filter((issue) => issue.severity === 'error').map(({ row, column, reason }) => ({ row, column, reason: reason.zh }))

describe('KOL CSV header', () => {
  it('accepts Chinese headers, English aliases, any case and combined headers', () => {
    const { header, issues } = readHeader(['达人名称', 'Platform', 'HANDLE', '粉丝数/followers', 'avg views', '18-24岁', '一线', 'Fake follower ratio'])
    expect(issues).toEqual([])
    expect(header.columns.map((column) => column?.path)).toEqual([
      'name',
      'platform',
      'handle',
      'followers',
      'avgViews',
      'audience.age.age18to24',
      'audience.cityTiers.tier1',
      'fakeFollowerRatio',
    ])
  })

  it('ignores unknown columns with a warning and refuses a file without platform or handle, or with a column twice', () => {
    const unknown = readHeader(['name', 'platform', 'handle', '备注2'])
    expect(unknown.issues).toEqual([expect.objectContaining({ row: 1, column: '备注2', severity: 'warning' })])
    expect(readHeader(['name', 'platform']).issues.map((issue) => issue.reason.zh)).toEqual(['缺少必填列「账号」（或 handle）'])
    expect(readHeader(['账号', 'platform', 'handle', 'name']).issues.map((issue) => [issue.column, issue.reason.zh])).toEqual([
      ['handle', '与「账号」是同一列，只能出现一次'],
    ])
    expect(readHeader(['platform', 'handle']).issues.map((issue) => issue.reason.zh)).toEqual(['缺少「达人名称」列（或「达人ID」列）'])
  })
})

describe('KOL CSV check (pass 1, without the database)', () => {
  it('reads the documented sample without a finding: three KOLs, one with two accounts', async () => {
    const result = await checkFile(fs.createReadStream(SAMPLE))
    expect(result.fatal).toBe(false)
    expect(result.encoding).toBe('utf-8')
    expect(result.issues.list()).toEqual([])
    expect(result.rows).toBe(4)
    const kols = [...result.plan.kols.values()]
    expect(kols.map((kol) => [kol.name, kol.firstRow, kol.rowCount, kol.accounts.map((account) => account.platform)])).toEqual([
      ['青柠护肤笔记', 2, 2, ['xiaohongshu', 'douyin']],
      ['大熊健身房', 4, 1, ['wechat-channels']],
      ['栗子的小窝', 5, 1, ['weibo']],
    ])
    // The KOL's own columns (name, kind, verticals, styles, phone, WeChat, MCN) come from its first
    // row; its second row leaves them blank.
    expect(kols[0]!.own.filter((_, index) => index % 2 === 0)).toEqual([2, 2, 2, 2, 2, 2, 2])
  })

  it('numbers rows as the spreadsheet does, blank lines and line breaks inside cells included', async () => {
    const result = await check('name,platform,handle,contract.notes,followers\n\n小鹿,小红书,小鹿,"第一行\n第二行",1万\n大白,抖音,大白,,-3\n')
    expect(errors(result.issues.list())).toEqual([{ row: 4, column: 'followers', reason: '不能为负数' }])
    expect(result.rows).toBe(2)
  })

  it('reports every bad cell of a row, with the column as the file names it', async () => {
    const result = await check('达人名称,平台,账号,粉丝数,水粉率,主页链接\n小鹿,快手,小鹿,-1,1.3,xhs.com/1\n,小红书,,,,\n')
    expect(errors(result.issues.list())).toEqual([
      { row: 2, column: '平台', reason: '无法识别「快手」，可选：小红书、抖音、微博、视频号、公众号' },
      { row: 2, column: '粉丝数', reason: '不能为负数' },
      { row: 2, column: '水粉率', reason: '「1.3」超出 0–1；百分比请带 %，如 35%' },
      { row: 2, column: '主页链接', reason: '须为以 http:// 或 https:// 开头的链接' },
      { row: 3, column: '账号', reason: '「账号」不能为空' },
    ])
  })

  it('refuses a platform + handle twice in the file, two accounts of one KOL on a platform, and KOL columns that disagree', async () => {
    const result = await check(
      [
        'name,kind,platform,handle',
        '小鹿,KOL,小红书,小鹿呀',
        '小鹿,,抖音,小鹿呀',
        '大白,KOC,小红书,小鹿呀',
        '小鹿,KOC,微博,小鹿微博',
        '橙子,,小红书,橙子',
        '橙子,,xhs,橙子2',
      ].join('\n'),
    )
    expect(errors(result.issues.list())).toEqual([
      { row: 4, column: 'handle', reason: '与第 2 行重复：小红书账号「小鹿呀」在文件中只能出现一次' },
      { row: 5, column: 'kind', reason: '与同一达人第 2 行的「类型」不一致' },
      { row: 7, column: 'platform', reason: '同一达人在第 6 行已有小红书账号「橙子」；每个平台只能有一个账号' },
    ])
    // A bad row keeps its whole KOL out: nothing of it is half-imported.
    expect(Object.fromEntries([...result.plan.kols.values()].map((kol) => [kol.name, kol.refused]))).toEqual({ 小鹿: true, 大白: true, 橙子: true })
  })

  it('checks rates against the account’s platform and shares of one distribution against 100%', async () => {
    const result = await check('name,platform,handle,rates,18-24岁,25–34岁,35-44岁\n小鹿,小红书,小鹿,抖音视频:5000,0.5,0.4,0.2\n')
    expect(errors(result.issues.list())).toEqual([
      { row: 2, column: 'rates', reason: '「抖音视频」不是小红书的内容形式' },
      { row: 2, column: '18-24岁', reason: '年龄分布各项合计 1.1，不能超过 1（100%）' },
    ])
  })

  it('groups by kolId when given, so two KOLs of one name stay apart', async () => {
    const result = await check('kolId,name,platform,handle\n7,小鹿,小红书,小鹿a\n9,小鹿,小红书,小鹿b\n7,,抖音,小鹿a\n')
    expect(result.issues.list()).toEqual([])
    expect([...result.plan.kols.values()].map((kol) => [kol.key, kol.firstRow, kol.lastRow, kol.rowCount])).toEqual([
      ['id:7', 2, 4, 2],
      ['id:9', 3, 3, 1],
    ])
  })

  it('reads Excel’s GB18030 CSV, UTF-16 and tab-separated files', async () => {
    const text = '达人名称,平台,账号\r\n小鹿,小红书,小鹿\r\n'
    // The same text in GB18030, as Excel on Chinese Windows saves "CSV (逗号分隔)" (Node has no GB18030 encoder).
    const gbk = Buffer.from([
      0xb4, 0xef, 0xc8, 0xcb, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xc6, 0xbd, 0xcc, 0xa8, 0x2c, 0xd5, 0xcb, 0xba, 0xc5, 0x0d, 0x0a, 0xd0, 0xa1, 0xc2, 0xb9, 0x2c,
      0xd0, 0xa1, 0xba, 0xec, 0xca, 0xe9, 0x2c, 0xd0, 0xa1, 0xc2, 0xb9, 0x0d, 0x0a,
    ])
    expect(new TextDecoder('gb18030').decode(gbk)).toBe(text)
    const fromGbk = await checkFile(bytes(gbk))
    expect(fromGbk.encoding).toBe('gb18030')
    expect([...fromGbk.plan.kols.values()].map((kol) => kol.name)).toEqual(['小鹿'])

    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replaceAll(',', '\t'), 'utf16le')])
    const fromUtf16 = await checkFile(bytes(utf16))
    expect(fromUtf16.encoding).toBe('utf-16le')
    expect(fromUtf16.issues.list()).toEqual([])
    expect([...fromUtf16.plan.kols.values()].map((kol) => kol.accounts)).toEqual([[{ platform: 'xiaohongshu', handle: '小鹿', row: 2 }]])
  })

  it('counts every finding but keeps only the first 10,000 in memory', async () => {
    const rows = Array.from({ length: 12_000 }, (_, index) => `达人${index},快手,账号${index}`)
    const result = await check(['name,platform,handle', ...rows].join('\n'))
    expect(result.issues.errors).toBe(12_000)
    expect(result.issues.total).toBe(12_000)
    const kept = result.issues.list()
    expect(kept).toHaveLength(10_000)
    expect(kept.at(-1)!.row).toBe(10_001)
  })

  it('refuses a file it cannot read, naming the row', async () => {
    const unclosed = await check('name,platform,handle\n小鹿,小红书,"小鹿\n大白,抖音,大白\n')
    expect(unclosed.fatal).toBe(true)
    expect(errors(unclosed.issues.list())).toEqual([{ row: 2, column: '', reason: '引号未闭合：从这一行起的内容无法读取' }])
    const empty = await check('')
    expect(empty.fatal).toBe(true)
    expect(errors(empty.issues.list())).toEqual([{ row: 1, column: '', reason: '文件是空的' }])
  })
})
