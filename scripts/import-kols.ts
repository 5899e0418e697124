/**
 * `npm run import:kols -- <file.csv> [--dry-run] [--as user@email]`: the admin's KOL import from the
 * command line, with the same core (src/kolImport): the file is checked, then each KOL is written in
 * its own transaction through the Local API as the given user (default: the first administrator).
 * A progress bar on the terminal, the findings in Chinese, and all of them in `<file>.report.csv`.
 * Exit code 0: every row imported (or, with --dry-run, importable); 1: rows refused; 2: not run.
 */
import type { Payload, TypedUser, Where } from 'payload'

import cliProgress from 'cli-progress'
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'

import type { ImportIssue } from '../src/kolImport/issues'

import { loadDotEnv } from '../src/config/dotEnv'

const USAGE = '用法：npm run import:kols -- <文件.csv> [--dry-run] [--as 用户邮箱]'
/** Findings printed on the terminal; the report file has every kept one. */
const PRINTED_ISSUES = 20

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

const { values: options, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false }, as: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`)
  }
})()
if (options.help) {
  console.log(USAGE)
  process.exit(0)
}
if (positionals.length !== 1) fail(USAGE)
const file = path.resolve(positionals[0]!)
if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`找不到文件：${file}`)
const reportFile = path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.report.csv`)

loadDotEnv()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { checkKolCsv, importKolCsv, KolImportForbidden } = await import('../src/kolImport/importKols')
const { issueReportCsv, issueReportRecord } = await import('../src/kolImport/issues')

/** The user the import runs as: `--as`, else the first administrator. */
async function importingUser(payload: Payload): Promise<TypedUser> {
  const where: Where = options.as ? { email: { equals: options.as.toLowerCase() } } : { roles: { contains: 'admin' } }
  const { docs } = await payload.find({ collection: 'users', where, sort: 'id', limit: 1, depth: 0, overrideAccess: true })
  if (!docs[0]) fail(options.as ? `找不到用户：${options.as}` : '系统中还没有管理员；请用 --as 指定达人经理的邮箱')
  return { ...docs[0], collection: 'users' } as TypedUser
}

/** The file, counting the bytes read for the checking bar (the number of rows is not known up front). */
function countedFile(onBytes: (bytes: number) => void): Readable {
  let read = 0
  return fs.createReadStream(file).on('data', (chunk) => onBytes((read += chunk.length)))
}

const bar = new cliProgress.SingleBar(
  { format: '{phase} |{bar}| {percentage}% | {detail}', hideCursor: true, clearOnComplete: false },
  cliProgress.Presets.shades_classic,
)
const size = fs.statSync(file).size

function printIssues(issues: readonly ImportIssue[], total: number) {
  for (const issue of issues.slice(0, PRINTED_ISSUES)) console.log(`  第 ${issue.row} 行${issue.column ? `「${issue.column}」` : ''}：${issue.reason.zh}`)
  if (total > PRINTED_ISSUES) console.log(`  ……共 ${total} 条，见报告文件`)
}

async function writeReport(issues: readonly ImportIssue[]) {
  const report = issueReportCsv()
  await pipeline(Readable.from(issues.map(issueReportRecord)), report, fs.createWriteStream(reportFile))
  console.log(`报告已写入：${reportFile}`)
}

const payload = await getPayload({ config })
let exitCode = 0
try {
  const user = await importingUser(payload)
  console.log(`${options['dry-run'] ? '检查（不写入）' : '导入'}：${file}，操作用户 ${user.email}`)
  bar.start(size, 0, { phase: '检查', detail: '读取文件' })
  const onBytes = (bytes: number) => bar.update(Math.min(bytes, size))
  if (options['dry-run']) {
    const check = await checkKolCsv(countedFile(onBytes), { payload, user })
    bar.update(size, { detail: `${check.summary.rows} 行` })
    bar.stop()
    const { summary } = check
    console.log(
      `共 ${summary.rows} 行、${summary.kols} 个达人：将新增 ${summary.create} 个，更新 ${summary.update} 个，跳过 ${summary.skip} 个（${summary.refusedRows} 行）；错误 ${summary.errors} 条，提示 ${summary.warnings} 条`,
    )
    if (check.fatal) console.log('文件无法读取，未做任何检查之外的处理。')
    printIssues(check.issues, check.issuesTotal)
    await writeReport(check.issues)
    exitCode = check.fatal || summary.refusedRows > 0 ? 1 : 0
  } else {
    let phase: 'checking' | 'writing' = 'checking'
    let opened = 0
    // The file is read twice: the bar follows the bytes of the first (checking) reading only.
    const result = await importKolCsv(() => countedFile(opened++ === 0 ? onBytes : () => undefined), {
      payload,
      user,
      onProgress: (step) => {
        if (step.phase !== 'writing') return
        if (phase === 'checking') {
          phase = 'writing'
          bar.setTotal(Math.max(1, step.kolsTotal))
        }
        bar.update(step.kolsDone, {
          phase: '写入',
          detail: `${step.kolsDone}/${step.kolsTotal} 个达人 · 新增 ${step.created} · 更新 ${step.updated} · 失败 ${step.failed}`,
        })
      },
    })
    bar.stop()
    if (result.fatal) console.log('文件无法读取，未导入任何数据。')
    else {
      console.log(
        `导入完成：新增 ${result.created} 个、更新 ${result.updated} 个达人，导入 ${result.importedRows} 行；未导入 ${result.refusedRows} 行${result.failed ? `（其中 ${result.failed} 个达人保存时被拒绝）` : ''}`,
      )
    }
    printIssues(result.issues, result.issuesTotal)
    await writeReport(result.issues)
    exitCode = result.fatal || result.refusedRows > 0 ? 1 : 0
  }
} catch (error) {
  bar.stop()
  if (error instanceof KolImportForbidden) {
    console.error(error.reason.zh)
    exitCode = 2
  } else throw error
} finally {
  await payload.destroy()
}
process.exit(exitCode)
