import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, publisherApiKey } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

const BEAUTY = '林小夕的化妆间'
const BEAUTY_SECRETS = ['13800138001', 'linxiaoxi_mua', '漕溪北路', '手机号', '报价', '付款条款']

const GOOD_AND_BAD = [
  '达人名称,平台,账号,粉丝数,水粉率,手机号',
  '接口新人,小红书,接口新人,1.5万,0.05,13900000001',
  '接口新人,抖音,接口新人抖音,9000,,',
  '坏平台,快手,坏平台,100,,',
  '坏比例,微博,坏比例,100,1.7,',
].join('\n')

type Line = { type: string; phase?: string; kolsDone?: number; kolsTotal?: number; result?: Record<string, any> }

/** The real server (dev mode, demo data): who may import and export, and what each export contains. */
describe('KOL CSV import and export over HTTP', () => {
  let server: RunningServer
  let manager: Record<string, string>
  let editor: Record<string, string>
  const publisher = { Authorization: `users API-Key ${publisherApiKey}` }

  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'text/csv', 'Accept-Language': 'zh-CN', ...headers }, body })
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers: { 'Accept-Language': 'zh-CN', ...headers } })
  const message = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message

  beforeAll(async () => {
    server = await startServer({ label: 'http-kol-import', mode: 'development' })
    manager = { Authorization: `JWT ${(await login(server.url, 'kol@zhongcao.local')).body.token}` }
    editor = { Authorization: `JWT ${(await login(server.url, 'editor@zhongcao.local')).body.token}` }
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('refuses anonymous callers, editors and publishers on both import endpoints, in Chinese', async () => {
    for (const path of ['/api/kols/import/check', '/api/kols/import']) {
      const anonymous = await post(path, GOOD_AND_BAD)
      expect(anonymous.status).toBe(401)
      expect(await message(anonymous)).toBe('请先登录')
      for (const headers of [editor, publisher]) {
        const refused = await post(path, GOOD_AND_BAD, headers)
        expect(refused.status).toBe(403)
        expect(await message(refused)).toBe('只有管理员和达人经理可以导入达人')
      }
    }
    expect((await get(`/api/kols?where[name][equals]=${encodeURIComponent('接口新人')}`, manager).then((response) => response.json())).totalDocs).toBe(0)
  })

  it('refuses a form upload and a file over the size limit with a clear reason', async () => {
    const form = new FormData()
    form.append('file', new Blob([GOOD_AND_BAD], { type: 'text/csv' }), 'kols.csv')
    const multipart = await fetch(`${server.url}/api/kols/import/check`, { method: 'POST', headers: manager, body: form })
    expect(multipart.status).toBe(415)
    expect(await message(multipart)).toMatch(/^请直接以文件内容作为请求正文上传 CSV/)

    // 51 MB streamed without a length (rows with 10,000-character notes): the server counts as it reads
    // and refuses past 50 MB, reading the rest only to drop it, so the client gets to read the answer.
    const row = (index: number) => `达人${index},小红书,账号${index},${'备'.repeat(3_000)}\n`
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 51 * 1024 * 1024) return controller.close()
        const chunk = new TextEncoder().encode((sent === 0 ? '达人名称,平台,账号,合作备注\n' : '') + row(sent))
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const huge = await fetch(`${server.url}/api/kols/import/check`, {
      method: 'POST',
      headers: { ...manager, 'Content-Type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(huge.status).toBe(413)
    expect(await message(huge)).toMatch(/^文件超过 50 MB/)
  })

  it('dry run for a KOL manager: the report with rows, columns and Chinese reasons, and nothing written', async () => {
    const response = await post('/api/kols/import/check', GOOD_AND_BAD, manager)
    expect(response.status).toBe(200)
    const check = (await response.json()) as Record<string, any>
    expect(check.summary).toMatchObject({ rows: 4, kols: 3, create: 1, update: 0, skip: 2, refusedRows: 2, errors: 2 })
    expect(check.issues.map((issue: any) => [issue.row, issue.column, issue.reason.zh])).toEqual([
      [4, '平台', '无法识别「快手」，可选：小红书、抖音、微博、视频号、公众号'],
      [5, '水粉率', '「1.7」超出 0–1；百分比请带 %，如 35%'],
    ])
    expect(check.kols[0]).toMatchObject({ name: '接口新人', action: 'create', accounts: [{ platform: 'xiaohongshu' }, { platform: 'douyin' }] })

    const report = await post('/api/kols/import/check?format=csv', GOOD_AND_BAD, manager)
    expect(report.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = (await report.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('行,列,级别,原因,Reason')
    expect(lines[1]).toMatch(/^4,平台,错误,无法识别「快手」/)
    expect((await get(`/api/kols?where[name][equals]=${encodeURIComponent('接口新人')}`, manager).then((answer) => answer.json())).totalDocs).toBe(0)
  })

  it('imports for a KOL manager with progress lines streamed as it goes, skipping the bad rows', async () => {
    const response = await post('/api/kols/import', GOOD_AND_BAD, manager)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/)
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Line)
    const writing = lines.filter((line) => line.type === 'progress' && line.phase === 'writing')
    expect(writing.at(-1)).toMatchObject({ kolsDone: 1, kolsTotal: 1 })
    const done = lines.at(-1)!
    expect(done.type).toBe('done')
    expect(done.result).toMatchObject({ created: 1, updated: 0, failed: 0, importedRows: 2, refusedRows: 2, issuesTotal: 2 })

    const { docs } = await get(`/api/kols?where[name][equals]=${encodeURIComponent('接口新人')}&depth=0`, manager).then((answer) => answer.json())
    expect(docs).toHaveLength(1)
    expect(docs[0].accounts.map((account: any) => [account.platform, account.handle, account.followers])).toEqual([
      ['xiaohongshu', '接口新人', 15_000],
      ['douyin', '接口新人抖音', 9_000],
    ])
    expect(docs[0].contact.phone).toBe('13900000001')
  })

  it('exports the filtered KOL list in the import format: an editor’s export has no contact, contract or rates', async () => {
    const filter = `where[name][equals]=${encodeURIComponent(BEAUTY)}`
    expect((await get(`/api/kols/export.csv?${filter}`)).status).toBe(401)

    const asManager = await get(`/api/kols/export.csv?${filter}&sort=-updatedAt`, manager)
    expect(asManager.status).toBe(200)
    expect(asManager.headers.get('content-disposition')).toMatch(/^attachment; filename="kols-\d{4}-\d{2}-\d{2}\.csv"/)
    const managerCsv = await asManager.text()
    expect(managerCsv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^达人ID,达人名称,类型,/)
    expect(managerCsv).toContain(BEAUTY)
    for (const secret of ['13800138001', 'linxiaoxi_mua', '报价', '小红书图文笔记:6000']) expect(managerCsv).toContain(secret)

    const editorCsv = await get(`/api/kols/export.csv?${filter}`, editor).then((answer) => answer.text())
    expect(editorCsv).toContain(BEAUTY)
    for (const secret of BEAUTY_SECRETS) expect(editorCsv).not.toContain(secret)
    expect(editorCsv.trim().split('\r\n')).toHaveLength(2)

    const search = await get(`/api/kols/export.csv?search=${encodeURIComponent('化妆间')}`, editor).then((answer) => answer.text())
    expect(search).toContain(BEAUTY)
    expect(search).not.toContain('阿杰健身日记')

    const asPublisher = await get(`/api/kols/export.csv?${filter}`, publisher)
    expect(asPublisher.status).toBe(403)
    expect(await message(asPublisher)).toBe('只有后台用户可以导出列表')

    const bad = await get('/api/kols/export.csv?where[nope][equals]=1', manager)
    expect(bad.status).toBe(400)
    // Nor can an editor find KOLs by their phone number through the filter: a stored and an unknown number get the same refusal.
    const probe = async (phone: string) => {
      const answer = await get(`/api/kols/export.csv?where[contact.phone][equals]=${phone}`, editor)
      return [answer.status, await message(answer)]
    }
    const [status, refusal] = await probe('13800138001')
    expect(status).toBe(400)
    expect(await probe('13900000000')).toEqual([status, refusal])
  })

  it('exports other lists as the user sees them: a KOL manager sees fees, an editor does not; publishers may not export', async () => {
    const columns = 'columns[0]=title&columns[1]=stage&columns[2]=fee&columns[3]=-campaign'
    const asManager = await get(`/api/collaborations/export.csv?${columns}&where[stage][equals]=contracted`, manager)
    expect(asManager.status).toBe(200)
    const managerLines = (await asManager.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(managerLines[0]).toBe('ID,合作,阶段,合作费用（元）')
    expect(managerLines.length).toBeGreaterThan(1)
    expect(managerLines.slice(1).every((line) => /,已签约,\d+$/.test(line))).toBe(true)

    const editorLines = (await get(`/api/collaborations/export.csv?${columns}&where[stage][equals]=contracted`, editor).then((answer) => answer.text()))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(editorLines[0]).toBe('ID,合作,阶段')
    expect(editorLines).toHaveLength(managerLines.length)

    for (const malformed of ['columns=x', `columns=${encodeURIComponent('{"a":1}')}`]) {
      const refused = await get(`/api/collaborations/export.csv?${malformed}`, manager)
      expect(refused.status).toBe(400)
      expect(await message(refused)).toBe('查询参数 columns 格式不正确')
    }

    expect((await get('/api/content-assets/export.csv', publisher)).status).toBe(403)
    expect((await get('/api/content-assets/export.csv')).status).toBe(401)
    const assets = await get('/api/content-assets/export.csv', editor)
    expect(assets.status).toBe(200)
    expect((await assets.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('ID,主标题,品牌,整体状态,更新于')
  })
})
