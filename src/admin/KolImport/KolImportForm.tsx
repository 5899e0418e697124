'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { KolCsvImport, KolCsvSummary, KolImportProgress } from '../../kolImport/importKols'
import type { ImportIssue } from '../../kolImport/issues'
import type { PlannedKol } from '../../kolImport/plan'

import { languageOf, type Localized } from '../../i18n/localized'
import { KOL_PLATFORMS } from '../../taxonomy/kols'

const TEXT = {
  file: { zh: 'CSV 文件', en: 'CSV file' },
  fileHint: {
    zh: '支持 UTF-8（含 BOM）和 Excel 另存的 GBK 编码；逗号或制表符分隔。列名和格式见 docs/kol-import.md。',
    en: 'UTF-8 (with or without BOM) or Excel’s GBK; comma or tab separated. Columns and formats: docs/kol-import.md.',
  },
  check: { zh: '检查文件', en: 'Check the file' },
  checking: { zh: '正在检查…', en: 'Checking…' },
  summary: { zh: '检查结果', en: 'Check result' },
  rows: { zh: '数据行', en: 'Data rows' },
  create: { zh: '新增', en: 'New' },
  update: { zh: '更新', en: 'Updated' },
  skip: { zh: '跳过', en: 'Skipped' },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '提示', en: 'Notes' },
  kolUnit: { zh: '个达人', en: 'KOLs' },
  rowUnit: { zh: '行', en: 'rows' },
  fatal: { zh: '文件无法读取，请按报告修改后重新上传。', en: 'The file cannot be read; fix it as the report says and upload it again.' },
  clean: { zh: '没有发现问题。', en: 'No problems found.' },
  report: { zh: '检查报告', en: 'Report' },
  row: { zh: '行', en: 'Row' },
  column: { zh: '列', en: 'Column' },
  reason: { zh: '原因', en: 'Reason' },
  severity: { zh: '级别', en: 'Severity' },
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '提示', en: 'Note' },
  wholeRow: { zh: '（整行）', en: '(row)' },
  moreIssues: { zh: '仅显示前 {shown} 条，共 {total} 条。', en: 'Showing the first {shown} of {total}.' },
  downloadReport: { zh: '下载完整报告（CSV）', en: 'Download the full report (CSV)' },
  plan: { zh: '导入计划', en: 'Plan' },
  kol: { zh: '达人', en: 'KOL' },
  action: { zh: '操作', en: 'Action' },
  accounts: { zh: '账号', en: 'Accounts' },
  rowsOfKol: { zh: '{first}（共 {count} 行）', en: '{first} ({count} rows)' },
  importReport: { zh: '导入报告', en: 'Import report' },
  moreKols: { zh: '仅显示前 {shown} 个，共 {total} 个达人。', en: 'Showing the first {shown} of {total} KOLs.' },
  import: { zh: '导入 {count} 个达人', en: 'Import {count} KOLs' },
  importSkipping: { zh: '（有错误的 {rows} 行不导入）', en: '(the {rows} rows with errors are left out)' },
  progress: { zh: '导入进度', en: 'Import progress' },
  progressChecking: { zh: '正在重新检查文件：已读 {rows} 行', en: 'Checking the file again: {rows} rows read' },
  progressWaiting: { zh: '另一项导入正在写入，完成后开始本次导入…', en: 'Another import is writing; this one starts when it is done…' },
  cutOff: {
    zh: '与服务器的连接中断，导入结果未知；请刷新达人列表查看已导入的达人',
    en: 'The connection to the server was lost before the import finished; reload the KOL list to see what was imported',
  },
  progressWriting: { zh: '已导入 {done} / {total} 个达人（{percent}%）', en: '{done} of {total} KOLs imported ({percent}%)' },
  done: { zh: '导入完成', en: 'Import finished' },
  doneSummary: {
    zh: '新增 {created} 个、更新 {updated} 个达人，共导入 {rows} 行；未导入 {refused} 行。',
    en: '{created} KOLs added and {updated} updated, {rows} rows imported; {refused} rows not imported.',
  },
  failedKols: { zh: '{failed} 个达人保存时被拒绝，原因见下表。', en: '{failed} KOLs were refused when saved; see the table below.' },
  openList: { zh: '查看达人列表', en: 'Open the KOL list' },
  failed: { zh: '请求失败，请稍后再试。', en: 'The request failed; try again later.' },
} satisfies Record<string, Localized>

const ACTIONS: Record<PlannedKol['action'], Localized> = { create: TEXT.create, update: TEXT.update, skip: TEXT.skip }

type Check = { fatal: boolean; summary: KolCsvSummary; issues: ImportIssue[]; issuesTotal: number; kols: PlannedKol[]; kolsTotal: number }
type Done = KolCsvImport & { issuesTotal: number }
type Line = ({ type: 'progress' } & KolImportProgress) | { type: 'done'; result: Done } | { type: 'error'; message: string }

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))
const platformName = (platform: string, lang: keyof Localized) => KOL_PLATFORMS.find((entry) => entry.value === platform)?.label[lang] ?? platform

/** The server's refusal in the user's language (Payload's `errors[0].message`), or a generic failure. */
async function failure(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
  return body.errors?.[0]?.message ?? fallback
}

/** Reads the import's progress lines (NDJSON) as they arrive. */
async function* lines(response: Response): AsyncGenerator<Line> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffered = ''
  for (;;) {
    const { done, value } = await reader.read()
    buffered += value ?? ''
    const complete = buffered.split('\n')
    buffered = complete.pop() ?? ''
    for (const line of complete) if (line.trim()) yield JSON.parse(line) as Line
    if (done) return
  }
}

function IssueTable({ issues, total, lang, caption }: { issues: readonly ImportIssue[]; total: number; lang: keyof Localized; caption: string }) {
  return (
    <>
      <table className="kol-import__table kol-import__issues">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{TEXT.row[lang]}</th>
            <th scope="col">{TEXT.column[lang]}</th>
            <th scope="col">{TEXT.severity[lang]}</th>
            <th scope="col">{TEXT.reason[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            <tr className={`kol-import__issue--${issue.severity}`} key={index}>
              <td>{issue.row}</td>
              <td>{issue.column || TEXT.wholeRow[lang]}</td>
              <td>{TEXT[issue.severity][lang]}</td>
              <td>{issue.reason[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > issues.length ? <p>{fill(TEXT.moreIssues[lang], { shown: issues.length, total })}</p> : null}
    </>
  )
}

/**
 * Upload → dry run (the server checks everything and plans each KOL, writing nothing) → import with
 * a progress bar fed by the server's progress lines → final summary. The file is sent as it is, read
 * from disk by the browser: the server reads it as a stream and never needs it whole.
 */
export function KolImportForm() {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { config } = useConfig()
  const id = useId()
  const api = `${config.serverURL}${config.routes.api}/kols`
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null)
  const [check, setCheck] = useState<Check | null>(null)
  const [progress, setProgress] = useState<KolImportProgress | null>(null)
  const [done, setDone] = useState<Done | null>(null)
  const [error, setError] = useState<string | null>(null)

  const send = (path: string) => fetch(`${api}${path}`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'text/csv' }, body: file })

  const runCheck = async () => {
    setBusy('checking')
    setCheck(null)
    setDone(null)
    setProgress(null)
    setError(null)
    try {
      const response = await send('/import/check')
      if (response.ok) setCheck((await response.json()) as Check)
      else setError(await failure(response, TEXT.failed[lang]))
    } catch {
      setError(TEXT.failed[lang])
    }
    setBusy(null)
  }

  const runImport = async () => {
    setBusy('importing')
    setError(null)
    try {
      const response = await send('/import')
      if (!response.ok) setError(await failure(response, TEXT.failed[lang]))
      else {
        let finished = false
        for await (const line of lines(response)) {
          if (line.type === 'progress') setProgress(line)
          if (line.type === 'done') setDone(line.result)
          if (line.type === 'error') setError(line.message)
          finished ||= line.type !== 'progress'
        }
        if (!finished) setError(TEXT.cutOff[lang])
      }
    } catch {
      setError(TEXT.failed[lang])
    }
    setBusy(null)
  }

  const downloadReport = async () => {
    const response = await send('/import/check?format=csv')
    if (!response.ok) return setError(await failure(response, TEXT.failed[lang]))
    const link = document.createElement('a')
    link.href = URL.createObjectURL(await response.blob())
    link.download = 'kol-import-report.csv'
    link.click()
    URL.revokeObjectURL(link.href)
  }

  const importable = check && !check.fatal ? check.summary.create + check.summary.update : 0
  const writing = progress?.phase === 'writing' ? progress : null
  const percent = writing ? Math.round((100 * writing.kolsDone) / Math.max(1, writing.kolsTotal)) : 0

  return (
    <div className="kol-import__form">
      <div className="kol-import__upload">
        <label htmlFor={`${id}-file`}>{TEXT.file[lang]}</label>
        <input
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint`}
          disabled={busy !== null}
          id={`${id}-file`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setCheck(null)
            setDone(null)
            setProgress(null)
            setError(null)
          }}
          type="file"
        />
        <p className="kol-import__hint" id={`${id}-hint`}>
          {TEXT.fileHint[lang]}
        </p>
        <Button buttonStyle="secondary" disabled={!file || busy !== null} margin={false} onClick={() => void runCheck()}>
          {busy === 'checking' ? TEXT.checking[lang] : TEXT.check[lang]}
        </Button>
      </div>

      {error ? (
        <p className="kol-import__error" role="alert">
          {error}
        </p>
      ) : null}

      {check ? (
        <section aria-labelledby={`${id}-summary`} className="kol-import__check">
          <h2 id={`${id}-summary`}>{TEXT.summary[lang]}</h2>
          <ul className="kol-import__summary">
            <li>
              {TEXT.rows[lang]} <strong>{check.summary.rows}</strong>
            </li>
            <li>
              {TEXT.create[lang]} <strong>{check.summary.create}</strong> {TEXT.kolUnit[lang]}
            </li>
            <li>
              {TEXT.update[lang]} <strong>{check.summary.update}</strong> {TEXT.kolUnit[lang]}
            </li>
            <li>
              {TEXT.skip[lang]} <strong>{check.summary.skip}</strong> {TEXT.kolUnit[lang]}
            </li>
            <li>
              {TEXT.errors[lang]} <strong>{check.summary.errors}</strong>
            </li>
            {check.summary.warnings > 0 ? (
              <li>
                {TEXT.warnings[lang]} <strong>{check.summary.warnings}</strong>
              </li>
            ) : null}
          </ul>
          {check.fatal ? <p role="alert">{TEXT.fatal[lang]}</p> : null}
          {check.issues.length > 0 ? (
            <>
              <IssueTable caption={TEXT.report[lang]} issues={check.issues} lang={lang} total={check.issuesTotal} />
              <Button buttonStyle="subtle" margin={false} onClick={() => void downloadReport()} size="small">
                {TEXT.downloadReport[lang]}
              </Button>
            </>
          ) : (
            <p>{TEXT.clean[lang]}</p>
          )}

          {check.kols.length > 0 ? (
            <>
              <table className="kol-import__table kol-import__plan">
                <caption>{TEXT.plan[lang]}</caption>
                <thead>
                  <tr>
                    <th scope="col">{TEXT.kol[lang]}</th>
                    <th scope="col">{TEXT.action[lang]}</th>
                    <th scope="col">{TEXT.row[lang]}</th>
                    <th scope="col">{TEXT.accounts[lang]}</th>
                  </tr>
                </thead>
                <tbody>
                  {check.kols.map((kol) => (
                    <tr key={kol.key}>
                      <td>{kol.name}</td>
                      <td>{ACTIONS[kol.action][lang]}</td>
                      <td>{kol.rowCount > 1 ? fill(TEXT.rowsOfKol[lang], { first: kol.firstRow, count: kol.rowCount }) : kol.firstRow}</td>
                      <td>
                        {kol.accounts
                          .map((account) => `${platformName(account.platform, lang)} ${account.handle}（${ACTIONS[account.action][lang]}）`)
                          .join('，')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {check.kolsTotal > check.kols.length ? <p>{fill(TEXT.moreKols[lang], { shown: check.kols.length, total: check.kolsTotal })}</p> : null}
            </>
          ) : null}

          {importable > 0 && !done ? (
            <Button buttonStyle="primary" disabled={busy !== null} margin={false} onClick={() => void runImport()}>
              {fill(TEXT.import[lang], { count: importable })}
              {check.summary.refusedRows > 0 ? fill(TEXT.importSkipping[lang], { rows: check.summary.refusedRows }) : ''}
            </Button>
          ) : null}
        </section>
      ) : null}

      {progress ? (
        <section aria-labelledby={`${id}-progress`} className="kol-import__progress">
          <h2 id={`${id}-progress`}>{TEXT.progress[lang]}</h2>
          <progress
            aria-labelledby={`${id}-progress`}
            max={writing ? Math.max(1, writing.kolsTotal) : undefined}
            value={writing ? writing.kolsDone : undefined}
          />
          <p aria-live="polite" role="status">
            {progress.phase === 'writing'
              ? fill(TEXT.progressWriting[lang], { done: progress.kolsDone, total: progress.kolsTotal, percent })
              : progress.phase === 'waiting'
                ? TEXT.progressWaiting[lang]
                : fill(TEXT.progressChecking[lang], { rows: progress.rows })}
          </p>
        </section>
      ) : null}

      {done ? (
        <section aria-labelledby={`${id}-done`} className="kol-import__done">
          <h2 id={`${id}-done`}>{TEXT.done[lang]}</h2>
          <p role="status">
            {fill(TEXT.doneSummary[lang], { created: done.created, updated: done.updated, rows: done.importedRows, refused: done.refusedRows })}
          </p>
          {done.failed > 0 ? <p>{fill(TEXT.failedKols[lang], { failed: done.failed })}</p> : null}
          {done.issues.length > 0 ? <IssueTable caption={TEXT.importReport[lang]} issues={done.issues} lang={lang} total={done.issuesTotal} /> : null}
          <Button buttonStyle="secondary" el="link" margin={false} to={`${config.routes.admin}/collections/kols`}>
            {TEXT.openList[lang]}
          </Button>
        </section>
      ) : null}
    </div>
  )
}
