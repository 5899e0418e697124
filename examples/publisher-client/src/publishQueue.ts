/**
 * A channel publisher's round, typed end to end: pull the platform's approved and scheduled items
 * page by page, post the ones that are due, confirm each post. Run it with
 *   ZHONGCAO_URL=http://localhost:3000 ZHONGCAO_API_KEY=… npx tsx examples/publisher-client/src/publishQueue.ts douyin
 * The cursor to resume from is printed at the end: pass it as the third argument next time and
 * only items changed since then come back.
 */
import { ClientError, GraphQLClient } from 'graphql-request'

import type { FeedItemFieldsFragment, Platform } from './gql/graphql'

import { ConfirmPublicationMutation, PublishFeedQuery } from './operations'

type Post = { url: string; platformPostId: string; publishedAt: string }

/**
 * Where the platform's own API is called (Douyin Open Platform, Weibo, the WeChat API…): it is the
 * publisher's code, not Zhongcao's. This example only shows what it receives and must return.
 */
async function postToPlatform(item: FeedItemFieldsFragment): Promise<Post> {
  console.log(`would post ${item.format} ${item.variantId}: ${item.title ?? ''}\n${item.text}`)
  throw new Error('postToPlatform: connect your platform client here')
}

export async function publishRound(client: GraphQLClient, platform: Platform, after: string | null): Promise<string | null> {
  let cursor = after
  for (;;) {
    const { publishFeed } = await client.request(PublishFeedQuery, { platform, status: ['approved', 'scheduled'], first: 50, after: cursor })
    for (const item of publishFeed.nodes) {
      const due = !item.scheduledAt || new Date(item.scheduledAt).getTime() <= Date.now()
      if (!due) continue
      const post = await postToPlatform(item)
      const { confirmPublication } = await client.request(ConfirmPublicationMutation, { variant: item.variantId, ...post })
      console.log(`${item.variantId}: ${confirmPublication.alreadyConfirmed ? 'was already confirmed' : 'confirmed'}`)
    }
    cursor = publishFeed.pageInfo.endCursor ?? cursor
    if (!publishFeed.pageInfo.hasNextPage) return cursor
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [platform = 'douyin', after = null] = process.argv.slice(2)
  const client = new GraphQLClient(`${process.env.ZHONGCAO_URL ?? 'http://localhost:3000'}/api/graphql`, {
    headers: { Authorization: `users API-Key ${process.env.ZHONGCAO_API_KEY ?? ''}` },
  })
  publishRound(client, platform as Platform, after)
    .then((cursor) => console.log(`resume from: ${cursor}`))
    .catch((error: unknown) => {
      // Refusals carry a code: FORBIDDEN_PLATFORM, VARIANT_NOT_FOUND, INVALID_STATE, ALREADY_PUBLISHED, RATE_LIMITED…
      if (error instanceof ClientError) console.error(error.response.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('\n'))
      else console.error(error)
      process.exitCode = 1
    })
}
