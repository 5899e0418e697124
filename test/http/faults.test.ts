import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { filesUnder, killHard } from '../support/faults'
import { login } from '../support/http'
import { freshMediaDir } from '../support/testDatabase'
import { type RunningServer, startServer } from '../support/testServer'
import { scenePhoto } from '../support/ugcFiles'

type User = 'admin' | 'editor' | 'reviewer' | 'manager'
type Variant = { id: string; format: string; status: string; body?: string; scheduledAt?: string | null }
type Asset = { id: number; title: string; variants: Variant[] }
type AuditRow = { documentId: string; variantId?: string | null; to: string; createdAt: string }

/** KOLs in the import the server is killed in: enough that it is still writing when it dies. */
const IMPORTED_KOLS = 1_500
const KOL_PREFIX = '断电达人'
/** Assets approved two at a time from just before the kill: some answered, one or two cut off, the rest never sent. */
const ASSETS = 24
const BODY = '断电测试：秋冬换季，保湿先行。'

/**
 * kill -9 of the development server while it imports KOLs, moves content through the workflow,
 * settles collaborations and takes shoppers' uploads, then a restart on the same database and
 * media directory: what was answered is there, what was cut off is not there at all.
 */
describe('kill -9 mid-write, restart on the same data', () => {
  const mediaDir = freshMediaDir('faults')
  // The server's temporary directory, where a shopper's upload is received before it is checked.
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhongcao-faults-tmp-'))
  const env = { MEDIA_DIR: mediaDir, TMPDIR: tmpDir }
  let server: RunningServer
  const as = {} as Record<User, Record<string, string>>
  let nextAddress = 1

  const rest = async (user: User, method: string, route: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api/${route}`, {
      method,
      headers: { ...as[user], 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${nextAddress++}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as Record<string, any> }
  }
  const list = async <T>(route: string, user: User = 'admin'): Promise<T[]> => {
    const { status, body } = await rest(user, 'GET', `${route}${route.includes('?') ? '&' : '?'}limit=0&pagination=false&depth=0`)
    expect(status).toBe(200)
    return body.docs as T[]
  }
  const auditEntries = (collection: string, to: string) => list<AuditRow>(`audit-log?where[targetCollection][equals]=${collection}&where[to][equals]=${to}`)
  const uploadUgc = async () => {
    const form = new FormData()
    form.append('files', new Blob([new Uint8Array(await scenePhoto('lipstick').jpeg().toBuffer())], { type: 'image/jpeg' }), 'lipstick.jpg')
    const response = await fetch(`${server.url}/api/ugc/uploads`, { method: 'POST', body: form, headers: { 'X-Forwarded-For': `203.0.113.${nextAddress++}` } })
    return { status: response.status, body: (await response.json()) as Record<string, any> }
  }
  const signIn = async () => {
    const emails: Record<User, string> = {
      admin: 'admin@zhongcao.local',
      editor: 'editor@zhongcao.local',
      reviewer: 'reviewer@zhongcao.local',
      manager: 'kol@zhongcao.local',
    }
    for (const [user, email] of Object.entries(emails) as [User, string][]) {
      const { status, body } = await login(server.url, email)
      expect(status).toBe(200)
      as[user] = { Authorization: `JWT ${body.token}` }
    }
  }
  /** Files in the media directory that a record names, and the files that are there. */
  const storedFiles = async () => {
    const media = await list<{ filename: string; sizes?: Record<string, { filename?: string | null }> }>('media')
    const ugc = await list<{ filename: string; sizes?: Record<string, { filename?: string | null }> }>('ugc-media')
    const filesOf = (doc: { filename: string; sizes?: Record<string, { filename?: string | null }> }) => [
      doc.filename,
      ...Object.values(doc.sizes ?? {}).flatMap((size) => (size.filename ? [size.filename] : [])),
    ]
    const named = [...media.flatMap(filesOf), ...ugc.flatMap(filesOf).map((file) => path.join('ugc', file))].sort()
    return { named, present: filesUnder(mediaDir) }
  }

  beforeAll(async () => {
    server = await startServer({ label: 'faults', mode: 'development', env })
    await signIn()
  }, 600_000)

  afterAll(async () => {
    await server?.stop()
    fs.rmSync(tmpDir, { recursive: true, force: true, maxRetries: 5 })
  })

  it('keeps every record whole, every file with its record, the audit log true, and the scheduled post firing once', { timeout: 600_000 }, async () => {
    // What is in flight when the server dies.
    const brand = (await list<{ id: number }>(`brands?where[name][equals]=${encodeURIComponent('花漾研究所')}`))[0]!.id
    const assets: Asset[] = []
    for (let index = 0; index < ASSETS + 1; index++) {
      const created = await rest('editor', 'POST', 'content-assets', {
        title: `断电审核 ${index}`,
        brand,
        variants: [
          { format: 'weibo-post', status: 'in_review', body: BODY },
          { format: 'wecom-moments', status: 'in_review', body: BODY },
        ],
      })
      expect(created.status).toBe(201)
      assets.push(created.body.doc)
    }
    const [scheduled, ...reviewed] = assets as [Asset, ...Asset[]]
    const approve = (asset: Asset) =>
      rest('reviewer', 'PATCH', `content-assets/${asset.id}`, { variants: asset.variants.map((v) => ({ ...v, status: 'approved' })) })
    expect((await approve(scheduled)).status).toBe(200)

    const settling = await list<{ id: number; kol: number }>('collaborations?where[stage][equals]=data_collected', 'manager')
    expect(settling.length).toBeGreaterThan(1)
    const settle = (collaboration: { id: number }) =>
      rest('manager', 'PATCH', `collaborations/${collaboration.id}`, { stage: 'settled', settlement: { rating: 4, onTime: 'yes' } })
    const [settledFirst, ...toSettle] = settling as [{ id: number; kol: number }, ...{ id: number; kol: number }[]]
    expect((await settle(settledFirst)).status).toBe(200)

    const before = await storedFiles()
    expect(before.present).toEqual(before.named)

    // A post due just after the next minute: the runner (every minute) cannot publish it before the
    // kill, which comes well within that minute, and publishes it after the restart.
    const nextMinute = Math.ceil((Date.now() + 10_000) / 60_000) * 60_000
    const scheduledAt = new Date(nextMinute + 1_000).toISOString()
    const readScheduled = (await rest('reviewer', 'GET', `content-assets/${scheduled.id}?depth=0`)).body as Asset
    const scheduling = await rest('reviewer', 'PATCH', `content-assets/${scheduled.id}`, {
      variants: readScheduled.variants.map((v) => ({ ...v, status: 'scheduled', scheduledAt })),
    })
    expect(scheduling.status).toBe(200)

    // A shopper's upload answered a moment before the kill: its row and file must both survive.
    const uploaded = await uploadUgc()
    expect(uploaded.status).toBe(201)

    // A shopper's upload whose body stops half-way, and never ends.
    const boundary = 'zhongcao-faults-boundary'
    const photo = await scenePhoto('breakfast').jpeg().toBuffer()
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="half.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`
    const stalledRequest = http.request(`${server.url}/api/ugc/uploads`, {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'X-Forwarded-For': '203.0.113.250' },
    })
    const stalled = new Promise<string>((resolve) => {
      stalledRequest.once('response', (response) => resolve(String(response.statusCode)))
      stalledRequest.once('error', () => resolve('cut off'))
    })
    stalledRequest.write(Buffer.concat([Buffer.from(head), photo.subarray(0, photo.length >> 1)]))
    await expect.poll(() => fs.readdirSync(tmpDir).filter((name) => name.startsWith('zhongcao-ugc-')).length, { timeout: 30_000 }).toBe(1)

    // The import: acknowledged KOLs are counted from its progress lines.
    const csv = ['达人名称,平台,账号,粉丝数']
    for (let index = 0; index < IMPORTED_KOLS; index++)
      csv.push(`${KOL_PREFIX}${index},小红书,断电红书${index},12000`, `${KOL_PREFIX}${index},抖音,断电抖音${index},9000`)
    let acknowledged = 0
    let importing!: () => void
    const importUnderWay = new Promise<void>((resolve) => (importing = resolve))
    const importDone = fetch(`${server.url}/api/kols/import`, {
      method: 'POST',
      headers: { ...as.manager, 'Content-Type': 'text/csv' },
      body: csv.join('\n'),
    })
      .then(async (response) => {
        expect(response.status).toBe(200)
        let buffered = ''
        const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          buffered += read.value
          const lines = buffered.split('\n')
          buffered = lines.pop()!
          for (const line of lines) {
            const entry = JSON.parse(line) as { type: string; phase?: string; kolsDone?: number }
            if (entry.type !== 'progress' || entry.phase !== 'writing') continue
            acknowledged = entry.kolsDone ?? 0
            if (acknowledged >= 20) importing()
          }
        }
        return 'finished'
      })
      .catch(() => 'cut off')
    await importUnderWay

    // Workflow transitions and settlements on the wire when the server dies.
    const answers = new Map<string, number>()
    let firstAnswer!: () => void
    const answered = new Promise<void>((resolve) => (firstAnswer = resolve))
    let killed = false
    const queue = [...reviewed]
    const approveNext = async (): Promise<void> => {
      const asset = queue.shift()
      if (!asset || killed) return
      const answer = await approve(asset).catch(() => null)
      if (answer) answers.set(`asset ${asset.id}`, answer.status)
      firstAnswer()
      return approveNext()
    }
    const inFlight = [
      approveNext(),
      approveNext(),
      ...toSettle.map((collaboration) =>
        settle(collaboration).then(
          (answer) => {
            answers.set(`collaboration ${collaboration.id}`, answer.status)
            firstAnswer()
          },
          () => {},
        ),
      ),
    ]
    // Writes queue behind the import on SQLite: the kill comes at the first answer or after 3 s, whichever is first.
    await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 3_000))])
    killed = true
    const killedAt = new Date()
    await killHard(server)
    await Promise.all(inFlight)
    expect(await stalled).toBe('cut off')
    const importOutcome = await importDone
    console.info(
      `killed with ${acknowledged} KOLs acknowledged (import ${importOutcome}); answered before the kill: ${answers.size} of ${reviewed.length + toSettle.length} transitions`,
    )

    server = await startServer({ label: 'faults-restarted', mode: 'development', databaseUri: server.databaseUri, env })
    await signIn()

    // The import: every KOL acknowledged is there, every KOL there has both its accounts.
    const kols = await list<{ name: string; accounts?: { platform: string }[] }>(`kols?where[name][like]=${encodeURIComponent(KOL_PREFIX)}`, 'manager')
    expect(kols.length).toBeGreaterThanOrEqual(acknowledged)
    expect(
      kols.filter(
        (kol) =>
          kol.accounts
            ?.map((account) => account.platform)
            .sort()
            .join() !== 'douyin,xiaohongshu',
      ),
    ).toEqual([])

    // The workflow: each asset wholly approved with an entry per variant, or wholly as it was with none.
    const approvals = await auditEntries('content-assets', 'approved')
    for (const asset of reviewed) {
      const stored = (await rest('reviewer', 'GET', `content-assets/${asset.id}?depth=0`)).body as Asset
      const statuses = [...new Set(stored.variants.map((variant) => variant.status))]
      const entries = approvals.filter((entry) => entry.documentId === String(asset.id))
      const state = { statuses, entries: entries.length }
      if (answers.get(`asset ${asset.id}`) === 200 || statuses[0] === 'approved') expect(state).toEqual({ statuses: ['approved'], entries: 2 })
      else expect(state).toEqual({ statuses: ['in_review'], entries: 0 })
    }

    // The settlements: settled with the rating and one entry, or not settled and no entry; the KOL's
    // reputation counts exactly the settled collaborations.
    const settlements = await auditEntries('collaborations', 'settled')
    for (const collaboration of settling) {
      const stored = (await rest('manager', 'GET', `collaborations/${collaboration.id}?depth=0`)).body
      const state = {
        stage: stored.stage,
        rating: stored.settlement?.rating ?? null,
        entries: settlements.filter((e) => e.documentId === String(collaboration.id)).length,
      }
      const answered = collaboration === settledFirst || answers.get(`collaboration ${collaboration.id}`) === 200
      if (answered || stored.stage === 'settled') expect(state).toEqual({ stage: 'settled', rating: 4, entries: 1 })
      else expect(state).toEqual({ stage: 'data_collected', rating: null, entries: 0 })
    }
    for (const kolId of new Set(settling.map((collaboration) => collaboration.kol))) {
      const settled = await list(`collaborations?where[kol][equals]=${kolId}&where[stage][equals]=settled`, 'manager')
      const kol = (await rest('manager', 'GET', `kols/${kolId}?depth=0`)).body
      expect({ kol: kolId, reputation: kol.reputation?.settled }).toEqual({ kol: kolId, reputation: settled.length })
    }

    // Files: the answered upload is there with its file; the cut-off one left nothing in the media
    // directory, and the restarted server removed what it had received in the temporary directory.
    const after = await storedFiles()
    expect(after.present).toEqual(after.named)
    const ugcRows = await list<{ id: number; filename: string }>('ugc-media')
    expect(ugcRows.map((row) => row.id)).toContain(uploaded.body.uploads[0].id)
    expect(fs.readdirSync(tmpDir).filter((name) => name.startsWith('zhongcao-ugc-'))).toEqual([])

    // The scheduled post: published after the restart, once (one audit entry per variant).
    await expect
      .poll(async () => ((await rest('reviewer', 'GET', `content-assets/${scheduled.id}?depth=0`)).body as Asset).variants.map((v) => v.status), {
        timeout: 150_000,
        interval: 2_000,
      })
      .toEqual(['published', 'published'])
    const published = (await auditEntries('content-assets', 'published')).filter((entry) => entry.documentId === String(scheduled.id))
    expect(published.map((entry) => entry.variantId).sort()).toEqual(scheduled.variants.map((variant) => variant.id).sort())
    expect(published.every((entry) => new Date(entry.createdAt) > killedAt)).toBe(true)
  })

  it('refuses uploads with 507 and stores nothing while the media directory cannot be written', { timeout: 120_000 }, async () => {
    const photo = new Uint8Array(await scenePhoto('breakfast').jpeg().toBuffer())
    const staffUpload = async () => {
      const form = new FormData()
      form.append('file', new Blob([photo], { type: 'image/jpeg' }), 'storage.jpg')
      form.append('_payload', JSON.stringify({ alt: '存储故障' }))
      const response = await fetch(`${server.url}/api/media`, { method: 'POST', body: form, headers: as.admin })
      return { status: response.status, body: (await response.json()) as Record<string, any> }
    }
    const stored = async () => ({ media: (await list('media')).length, ugc: (await list('ugc-media')).length, files: filesUnder(mediaDir) })
    const before = await stored()

    // Root ignores permission bits, so the read-only case runs only as another user; a directory
    // replaced by a file fails for everyone (ENOTDIR), as an unmounted volume would.
    const away = `${mediaDir}.away`
    const breakages = [
      ...(process.getuid?.() === 0
        ? []
        : [
            {
              name: 'read-only',
              breakIt: () => [mediaDir, path.join(mediaDir, 'ugc')].forEach((dir) => fs.chmodSync(dir, 0o555)),
              repair: () => [mediaDir, path.join(mediaDir, 'ugc')].forEach((dir) => fs.chmodSync(dir, 0o755)),
            },
          ]),
      {
        name: 'not a directory',
        breakIt: () => {
          fs.renameSync(mediaDir, away)
          fs.writeFileSync(mediaDir, '')
        },
        repair: () => {
          fs.rmSync(mediaDir)
          fs.renameSync(away, mediaDir)
        },
      },
    ]
    for (const { name, breakIt, repair } of breakages) {
      breakIt()
      try {
        for (const answer of [await staffUpload(), await uploadUgc()]) {
          expect({ name, status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({ name, status: 507, code: 'STORAGE_UNAVAILABLE' })
          expect(answer.body.errors[0].message).toMatch(/文件存储暂时不可用|File storage is unavailable/)
        }
      } finally {
        repair()
      }
    }
    expect(await stored()).toEqual(before)
    // Once the directory is back, uploads are taken again.
    expect((await staffUpload()).status).toBe(201)
    expect((await uploadUgc()).status).toBe(201)
  })
})
