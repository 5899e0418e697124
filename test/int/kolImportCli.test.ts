import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { createTeam } from '../support/contentFixtures'
import { freshDatabaseUri, freshMediaDir } from '../support/testDatabase'
import { runProjectScript } from '../support/projectScript'
import { startTestPayload } from '../support/testPayload'

/** `npm run import:kols -- …` on the test's database. */
const importKols = (databaseUri: string, ...args: string[]) =>
  runProjectScript('import:kols', { DATABASE_URI: databaseUri, MEDIA_DIR: freshMediaDir('kol-cli') }, ...args)

describe('npm run import:kols', () => {
  const databaseUri = freshDatabaseUri('kol-cli')
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'kol-cli-'))
  const file = path.join(directory, 'kols.csv')
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestPayload('kol-cli', { databaseUri })
    await createTeam(payload)
    fs.writeFileSync(
      file,
      '\uFEFF' +
        [
          '达人名称,平台,账号,粉丝数,水粉率',
          '命令行达人,小红书,命令行达人,2.4万,0.05',
          '命令行达人,抖音,命令行抖音,5000,',
          '错误达人,小红书,错误达人,-1,',
        ].join('\r\n'),
    )
    return async () => {
      await payload.destroy()
      fs.rmSync(directory, { recursive: true, force: true })
    }
  }, 300_000)

  const kolsNamed = async (name: string) => (await payload.find({ collection: 'kols', where: { name: { equals: name } }, depth: 0, overrideAccess: true })).docs

  it('a dry run reports the bad row, writes the report next to the file and nothing else', async () => {
    const { code, output } = await importKols(databaseUri, file, '--dry-run', '--as', 'kol@brand.cn')
    expect(code).toBe(1)
    expect(output).toContain('共 3 行、2 个达人：将新增 1 个，更新 0 个，跳过 1 个（1 行）；错误 1 条')
    expect(output).toContain('第 4 行「粉丝数」：不能为负数')
    expect(await kolsNamed('命令行达人')).toEqual([])
    expect(fs.readFileSync(path.join(directory, 'kols.report.csv'), 'utf8')).toBe(
      '\uFEFF行,列,级别,原因,Reason\r\n4,粉丝数,错误,不能为负数,must not be negative\r\n',
    )
  }, 300_000)

  it('imports the good rows as the KOL manager, refuses the bad one, and exits with 1', async () => {
    const { code, output } = await importKols(databaseUri, file, '--as', 'kol@brand.cn')
    expect(output).toContain('导入完成：新增 1 个、更新 0 个达人，导入 2 行；未导入 1 行')
    expect(code).toBe(1)
    const [kol] = await kolsNamed('命令行达人')
    expect(kol!.accounts!.map((account) => [account.platform, account.handle, account.followers])).toEqual([
      ['xiaohongshu', '命令行达人', 24_000],
      ['douyin', '命令行抖音', 5_000],
    ])
    expect(await kolsNamed('错误达人')).toEqual([])
    expect(fs.readFileSync(path.join(directory, 'kols.report.csv'), 'utf8')).toContain('4,粉丝数,错误,不能为负数')
  }, 300_000)

  it('refuses an editor and a missing file with exit code 2', async () => {
    const editor = await importKols(databaseUri, file, '--as', 'editor@brand.cn')
    expect(editor.code, editor.output).toBe(2)
    expect(editor.output).toContain('只有管理员和达人经理可以导入达人')
    const missing = await importKols(databaseUri, path.join(directory, 'nope.csv'))
    expect(missing.code, missing.output).toBe(2)
    expect(missing.output).toContain('找不到文件')
  }, 300_000)
})
