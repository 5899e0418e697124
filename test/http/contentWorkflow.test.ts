import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, login } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

const ASSET = '全网销量第一？玻尿酸精华的真实表现'
/** GraphQL enum names cannot hold '-': format ids appear with '_' (weibo-post → weibo_post). */
const WEIBO = 'weibo_post'

const VARIANT_FIELDS = `id format status title body digest author hashtags scheduledAt publishedUrl platformPostId
  commercialOrderId marketingDeclared workflowNote overrideCompliance
  mentions { name platformUserId } cover { id } images { id } video { id }`

type VariantRow = Record<string, any>

/** A variant as GraphQL returns it, turned back into update input (uploads as ids). */
const asInput = ({ cover, images, video, ...variant }: VariantRow) => ({
  ...variant,
  cover: cover?.id ?? null,
  images: (images ?? []).map((image: { id: number }) => image.id),
  video: video?.id ?? null,
})

/** Through the real server and GraphQL, with the demo team and demo content of `npm run dev`. */
describe('content workflow over GraphQL', () => {
  let server: RunningServer
  let editor: Record<string, string>
  let reviewer: Record<string, string>

  const readAsset = async () => {
    const { body } = await graphql(
      server.url,
      `{ ContentAssets(where: { title: { equals: "${ASSET}" } }) { docs { id status variants { ${VARIANT_FIELDS} } } } }`,
      reviewer,
    )
    return (body.data as any).ContentAssets.docs[0] as { id: number; status: string; variants: VariantRow[] }
  }

  const auditEntries = async (id: number) => {
    const { body } = await graphql(
      server.url,
      `{ AuditLogs(where: { targetCollection: { equals: "content-assets" }, documentId: { equals: "${id}" } }, sort: "createdAt") { totalDocs docs { actor from to reason overriddenIssues } } }`,
      reviewer,
    )
    return (body.data as any).AuditLogs as { totalDocs: number; docs: Record<string, unknown>[] }
  }

  /** Saves the Weibo variant with changes, as the user behind `headers`. */
  const saveWeibo = async (headers: Record<string, string>, changes: VariantRow) => {
    const asset = await readAsset()
    const variants = asset.variants.map((variant) => asInput(variant.format === WEIBO ? { ...variant, ...changes } : variant))
    return graphql(
      server.url,
      `mutation Save($id: Int!, $data: mutationContentAssetUpdateInput!) {
        updateContentAsset(id: $id, data: $data) { status variants { format status workflowNote } }
      }`,
      headers,
      { id: asset.id, data: { variants } },
    )
  }

  beforeAll(async () => {
    server = await startServer({ label: 'http-content', mode: 'development' })
    editor = { Authorization: `JWT ${(await login(server.url, 'editor@zhongcao.local')).body.token}` }
    reviewer = { Authorization: `JWT ${(await login(server.url, 'reviewer@zhongcao.local')).body.token}` }
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('starts from the demo asset in review, with its absolute-term finding stored on the variant', async () => {
    const weibo = (await readAsset()).variants.find((variant) => variant.format === WEIBO)!
    expect(weibo.status).toBe('in_review')
    const { body } = await graphql(
      server.url,
      `{ ContentAssets(where: { title: { equals: "${ASSET}" } }) { docs { variants { format checks } } } }`,
      reviewer,
    )
    const checks = (body.data as any).ContentAssets.docs[0].variants.find((v: VariantRow) => v.format === WEIBO).checks
    expect(checks.compliance.hits[0]).toMatchObject({ term: '全网销量第一', level: 'block', match: { text: '全网销量第一', start: 0, end: 6 } })
  })

  it('refuses an editor who approves, and a reviewer who approves over a block finding, changing nothing', async () => {
    const before = await readAsset()
    const auditBefore = await auditEntries(before.id)

    const byEditor = await saveWeibo(editor, { status: 'approved' })
    expect(byEditor.body.data?.updateContentAsset).toBeNull()
    // Every reason is given at once: the role, and the finding that would block anyone.
    const [editorError] = (byEditor.body.errors?.[0] as any).extensions.data.errors
    expect(editorError.path).toBe('variants.0.status')
    expect(editorError.message).toMatch(/^你没有权限把内容从「待审核」改为「已通过」。 合规检查发现 1 个必须处理的问题/)

    const byReviewer = await saveWeibo(reviewer, { status: 'approved' })
    const [error] = (byReviewer.body.errors?.[0] as any).extensions.data.errors
    expect(error.path).toBe('variants.0.status')
    expect(error.message).toContain('合规检查发现 1 个必须处理的问题，不能通过审核')

    expect(await readAsset()).toEqual(before)
    expect(await auditEntries(before.id)).toEqual(auditBefore)
  })

  it('approves when the reviewer overrides with a reason, and the audit log says who, why and what was overridden', async () => {
    const asset = await readAsset()
    const before = (await auditEntries(asset.id)).totalDocs
    const { body } = await saveWeibo(reviewer, {
      status: 'approved',
      overrideCompliance: true,
      workflowNote: '销量排名来自第三方榜单，附证明材料',
    })
    expect(body.errors).toBeUndefined()
    const saved = (body.data as any).updateContentAsset
    expect(saved.variants.find((variant: VariantRow) => variant.format === WEIBO)).toEqual({
      format: WEIBO,
      status: 'approved',
      workflowNote: null,
    })

    const audit = await auditEntries(asset.id)
    expect(audit.totalDocs).toBe(before + 1)
    expect(audit.docs.at(-1)).toMatchObject({
      actor: 'reviewer@zhongcao.local',
      from: 'in_review',
      to: 'approved',
      reason: '销量排名来自第三方榜单，附证明材料',
    })
    expect(JSON.stringify(audit.docs.at(-1)!.overriddenIssues)).toContain('全网销量第一')
  })
})
