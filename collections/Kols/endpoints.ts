import type { Endpoint, PayloadRequest } from 'payload'

import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { ImportIssue } from '../../src/kolImport/issues'

import { canManageKols } from '../../src/access/canManageKols'
import { isStaff } from '../../src/access/isStaff'
import { chinaDayOf } from '../../src/calendar/chinaTime'
import { refuse } from '../../src/graphql/errorCodes'
import { kolCsvExport } from '../../src/kolImport/exportKols'
import { checkKolCsv, importKolCsv, type KolImportOptions } from '../../src/kolImport/importKols'
import { issueReportCsv, issueReportRecord } from '../../src/kolImport/issues'
import { KOL_IMPORT_LIMITS } from '../../src/kolImport/limits'
import { listQueryOf } from '../../src/listExport/listQuery'

/** Import is for the KOLs' owners: 401 without a login, 403 for other roles. */
function requireKolManager(req: PayloadRequest) {
  if (!req.user) refuse(req, 'UNAUTHENTICATED', 401, { zh: '请先登录', en: 'Log in first' })
  if (!canManageKols({ req })) refuse(req, 'FORBIDDEN', 403, { zh: '只有管理员和达人经理可以导入达人', en: 'Only administrators and KOL managers import KOLs' })
}

const tooLarge = (req: PayloadRequest) =>
  refuse(req, 'BAD_USER_INPUT', 413, {
    zh: `文件超过 ${KOL_IMPORT_LIMITS.maxUploadBytes / 1024 / 1024} MB，请拆分后分批导入（或用命令行 npm run import:kols）`,
    en: `the file is over ${KOL_IMPORT_LIMITS.maxUploadBytes / 1024 / 1024} MB; split it, or use the command line (npm run import:kols)`,
  })

class UploadTooLarge extends Error {}

/** What is still read and dropped of a refused upload before answering: enough for a client finishing its send, no more. */
const DISCARD_LIMIT = { bytes: 1024 * 1024, milliseconds: 5_000 }

/**
 * Reads and drops the rest of a body, up to DISCARD_LIMIT: a client that has a little left to send
 * then gets to read the answer. Past the limit the rest stays unread; the server then answers with
 * `Connection: close` (closeUnreadRequests), so a sender of endless data costs nothing more.
 * (Cancelling the stream instead would reset the connection before the answer is out.)
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeUp = new Promise<'time up'>((resolve) => {
    timer = setTimeout(() => resolve('time up'), DISCARD_LIMIT.milliseconds)
  })
  try {
    for (let dropped = 0; dropped <= DISCARD_LIMIT.bytes;) {
      const chunk = await Promise.race([reader.read(), timeUp])
      if (chunk === 'time up' || chunk.done) return
      dropped += chunk.value.byteLength
    }
  } catch {
    // The client went away.
  } finally {
    clearTimeout(timer)
  }
}

/**
 * The CSV file, sent as the raw request body (`Content-Type: text/csv`, as `fetch(url, { body: file })`
 * sends it), read as it arrives and cut off at the size limit. What the reader leaves unread
 * (a refused header, the part over the limit) is dropped up to a bound before the answer goes out.
 */
async function* uploadedCsv(req: PayloadRequest): AsyncGenerator<Uint8Array> {
  const reader = (req.body as ReadableStream<Uint8Array>).getReader()
  let received = 0
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value.byteLength
      if (received > KOL_IMPORT_LIMITS.maxUploadBytes) throw new UploadTooLarge()
      yield chunk.value
    }
  } finally {
    await discardRest(reader)
  }
}

async function requireCsvBody(req: PayloadRequest) {
  const type = req.headers.get('content-type') ?? ''
  if (/^(multipart\/form-data|application\/(json|x-www-form-urlencoded))/i.test(type)) {
    // A small form is read to its end first: closing the connection under a client still sending it would lose the answer.
    if (req.body) await discardRest((req.body as ReadableStream<Uint8Array>).getReader())
    refuse(req, 'BAD_USER_INPUT', 415, {
      zh: '请直接以文件内容作为请求正文上传 CSV（Content-Type: text/csv），不要用表单',
      en: 'send the CSV file itself as the request body (Content-Type: text/csv), not a form',
    })
  }
  if (Number(req.headers.get('content-length') ?? 0) > KOL_IMPORT_LIMITS.maxUploadBytes) tooLarge(req)
  if (!req.body) refuse(req, 'BAD_USER_INPUT', 400, { zh: '请上传 CSV 文件', en: 'Upload a CSV file' })
}

const importOptions = (req: PayloadRequest): KolImportOptions => ({ payload: req.payload, user: req.user!, i18n: req.i18n })

const shown = ({ issues, issuesTotal }: { issues: readonly ImportIssue[]; issuesTotal: number }) => ({
  issues: issues.slice(0, KOL_IMPORT_LIMITS.issuesShown),
  issuesTotal,
})

/**
 * POST /api/kols/import/check — the dry run: the whole check and what would happen to each KOL,
 * nothing written. JSON for the admin (findings and plan cut to the admin's limits, the summary
 * counts everything), or with `?format=csv` the complete findings as a CSV report.
 */
const check: Endpoint = {
  path: '/import/check',
  method: 'post',
  handler: async (req) => {
    requireKolManager(req)
    await requireCsvBody(req)
    let result
    try {
      result = await checkKolCsv(uploadedCsv(req), importOptions(req))
    } catch (error) {
      if (error instanceof UploadTooLarge) tooLarge(req)
      throw error
    }
    if (req.query?.format === 'csv') {
      const report = issueReportCsv()
      void pipeline(Readable.from(result.issues.map(issueReportRecord)), report).catch(() => undefined)
      return new Response(Readable.toWeb(report) as ReadableStream, {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="kol-import-report.csv"' },
      })
    }
    return Response.json({
      fatal: result.fatal,
      encoding: result.encoding,
      summary: result.summary,
      ...shown(result),
      kols: result.kols.slice(0, KOL_IMPORT_LIMITS.kolsShown),
      kolsTotal: result.kols.length,
    })
  },
}

/**
 * POST /api/kols/import — the import. The body is first streamed to a temporary file (the import
 * reads the file twice: check, then write); then the answer streams one JSON line per step
 * (`application/x-ndjson`): `{ type: 'progress', phase: 'checking' | 'writing', … }` as it goes,
 * and finally `{ type: 'done', result }` or `{ type: 'error', message }`.
 */
const runImport: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    requireKolManager(req)
    await requireCsvBody(req)
    const directory = await mkdtemp(path.join(os.tmpdir(), 'kol-import-'))
    const file = path.join(directory, 'upload.csv')
    try {
      await pipeline(Readable.from(uploadedCsv(req)), createWriteStream(file))
    } catch (error) {
      await rm(directory, { recursive: true, force: true })
      if (error instanceof UploadTooLarge) tooLarge(req)
      throw error
    }
    const options = importOptions(req)
    const encoder = new TextEncoder()
    const failed = { zh: '导入中断，请查看服务器日志', en: 'The import stopped; see the server log' }
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: object) => {
          try {
            controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
          } catch {
            // The browser went away: the import goes on (each KOL is committed on its own) without an audience.
          }
        }
        try {
          const result = await importKolCsv(() => createReadStream(file), { ...options, onProgress: (progress) => send({ type: 'progress', ...progress }) })
          send({ type: 'done', result: { ...result, ...shown(result) } })
        } catch (error) {
          req.payload.logger.error({ err: error, msg: 'KOL import failed' })
          send({ type: 'error', message: failed[req.i18n?.language === 'en' ? 'en' : 'zh'] })
        } finally {
          await rm(directory, { recursive: true, force: true })
          try {
            controller.close()
          } catch {
            // Already cancelled by the client.
          }
        }
      },
    })
    // no-transform: a compressing proxy (and Next's own gzip) would hold the progress lines back.
    return new Response(body, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store, no-transform' } })
  },
}

/**
 * GET /api/kols/export.csv — the KOLs of the list view's current filter, search and sort (Payload's
 * `where[…]`, `search`, `sort` parameters) as a CSV in the import format. Staff only, as other list
 * exports (publishers are machine users with their own API); the contact, contract and rate columns are there for admin and kol-manager only.
 */
const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) refuse(req, 'UNAUTHENTICATED', 401, { zh: '请先登录', en: 'Log in first' })
    if (!isStaff({ req })) refuse(req, 'FORBIDDEN', 403, { zh: '只有后台用户可以导出列表', en: 'Only admin users export lists' })
    const csv = await kolCsvExport(req, listQueryOf(req, req.payload.collections.kols.config))
    const name = `达人-${chinaDayOf(new Date())}.csv`
    return new Response(Readable.toWeb(csv) as ReadableStream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="kols-${chinaDayOf(new Date())}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

export const kolEndpoints: Endpoint[] = [check, runImport, exportCsv]
