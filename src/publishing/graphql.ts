import type * as GraphQL from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { ChannelId } from '../platforms/types'
import type { ContentStatus } from '../workflow/statuses'

import { hasRole, STAFF_ROLES } from '../auth/roles'
import { refuse } from '../graphql/errorCodes'
import { dateTimeOf, type ExtensionContext, typesPerSchema } from '../graphql/extensionTypes'
import { CHANNEL_IDS, FORMAT_IDS } from '../platforms'
import { RELEASED_STATUSES } from '../workflow/statuses'
import { confirmPublication } from './confirmPublication'
import { decodeCursor, encodeCursor } from './cursor'
import { type FeedQuery, readFeedPage } from './feedReader'
import { publicKolProfiles } from './kolProfiles'
import { type PublisherScope, scopeOf } from './publisherScope'

type Context = { req: PayloadRequest }

/** Enough for a publisher's posting round; bigger pages only delay the first item. */
const MAX_PAGE = 100
const DEFAULT_PAGE = 20

/** Publishers, and staff checking what publishers get; the scope of a publisher key applies. */
function readerScope(req: PayloadRequest): PublisherScope {
  if (hasRole(req.user, ...STAFF_ROLES)) return { channels: [], brandIds: [] }
  if (hasRole(req.user, 'publisher')) return scopeOf(req.user)
  if (!req.user) return refuse(req, 'UNAUTHENTICATED', 401, { zh: '请使用 API 密钥访问', en: 'An API key is required' })
  return refuse(req, 'FORBIDDEN', 403, { zh: '无权读取发布内容', en: 'Not allowed to read the publish feed' })
}

const MAX_TAG_LENGTH = 100

function pageArgs(req: PayloadRequest, args: { first: number; after?: string | null; since?: string | null }) {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) {
    refuse(req, 'BAD_USER_INPUT', 400, { zh: `first 须在 1–${MAX_PAGE} 之间`, en: `first must be 1–${MAX_PAGE}` }, 'first')
  }
  const after = args.after ? decodeCursor(args.after) : null
  if (args.after && !after) refuse(req, 'BAD_USER_INPUT', 400, { zh: 'after 不是有效的游标', en: 'after is not a cursor of this feed' }, 'after')
  const since = args.since ? new Date(args.since).toISOString() : null
  return { first: args.first, after, since }
}

async function feedConnection(req: PayloadRequest, query: FeedQuery) {
  const { items, hasNextPage } = await readFeedPage(req.payload, query)
  const last = items.at(-1)
  return { nodes: items, pageInfo: { hasNextPage, endCursor: last ? encodeCursor({ changedAt: last.changedAt, variantId: last.variantId }) : null } }
}

function buildTypes(graphQL: typeof GraphQL, context: ExtensionContext) {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = graphQL
  const required = <T extends GraphQL.GraphQLNullableType>(type: T) => new GraphQLNonNull(type)
  const list = <T extends GraphQL.GraphQLNullableType>(type: T) => required(new GraphQLList(required(type)))
  const DateTime = dateTimeOf(context)

  const Platform = new GraphQLEnumType({
    name: 'Platform',
    description: 'A channel brands post to (SPEC §2)',
    values: Object.fromEntries(CHANNEL_IDS.map((id) => [id.replaceAll('-', '_'), { value: id }])),
  })
  const FeedStatus = new GraphQLEnumType({
    name: 'FeedStatus',
    values: Object.fromEntries(RELEASED_STATUSES.map((status) => [status, { value: status }])),
  })
  const Format = new GraphQLEnumType({
    name: 'VariantFormat',
    values: Object.fromEntries(FORMAT_IDS.map((id) => [id.replaceAll('-', '_'), { value: id }])),
  })
  const FeedItem = new GraphQLObjectType({
    name: 'FeedItem',
    description: 'A released platform variant, rendered for its platform',
    fields: {
      assetId: { type: required(GraphQLID) },
      variantId: { type: required(GraphQLID) },
      platform: { type: required(Platform) },
      format: { type: required(Format) },
      status: { type: required(FeedStatus) },
      brandId: { type: required(GraphQLID) },
      productIds: { type: list(GraphQLID) },
      tags: { type: list(GraphQLString) },
      title: { type: GraphQLString, description: 'Cut to the platform’s limit at a character boundary' },
      text: { type: required(GraphQLString), description: 'The post as it goes out: 广告 label, text, mentions, topics in the platform’s syntax' },
      digest: { type: GraphQLString, description: 'WeChat articles: the summary shown in the feed' },
      hashtags: { type: list(GraphQLString), description: 'Topic names without markers, for APIs that take them as a list' },
      mentions: {
        type: list(
          new GraphQLObjectType({ name: 'FeedMention', fields: { name: { type: required(GraphQLString) }, platformUserId: { type: GraphQLString } } }),
        ),
      },
      disclosureLabel: { type: GraphQLString, description: '广告 when the post is paid and has no platform commercial order' },
      commercialOrderId: { type: GraphQLString, description: 'Xingtu / Pugongying / Weirenwu order or task id' },
      marketingDeclared: { type: GraphQLBoolean, description: 'Douyin: declare “内容含营销推广信息” when posting' },
      cover: {
        type: list(
          new GraphQLObjectType({
            name: 'FeedCover',
            fields: {
              crop: { type: required(GraphQLString) },
              url: { type: required(GraphQLString) },
              width: { type: GraphQLInt },
              height: { type: GraphQLInt },
            },
          }),
        ),
        description: 'The cover at each crop the platform takes',
      },
      media: {
        type: list(
          new GraphQLObjectType({
            name: 'FeedMedia',
            fields: {
              id: { type: required(GraphQLID) },
              url: { type: required(GraphQLString) },
              mimeType: { type: GraphQLString },
              width: { type: GraphQLInt },
              height: { type: GraphQLInt },
              bytes: { type: GraphQLFloat },
              durationSeconds: { type: GraphQLFloat },
              alt: { type: GraphQLString },
            },
          }),
        ),
        description: 'Images in order, then the video',
      },
      scheduledAt: { type: DateTime },
      publishedAt: { type: DateTime },
      publishedUrl: { type: GraphQLString },
      platformPostId: { type: GraphQLString },
      contentHash: { type: required(GraphQLString), description: 'Changes whenever anything in the item changes' },
      changedAt: { type: required(DateTime), description: 'When the item last changed; the feed’s order' },
    },
  })
  const FeedConnection = new GraphQLObjectType({
    name: 'FeedConnection',
    fields: {
      nodes: { type: list(FeedItem) },
      pageInfo: {
        type: required(
          new GraphQLObjectType({
            name: 'FeedPageInfo',
            fields: {
              endCursor: { type: GraphQLString, description: 'Pass as `after` for the next page; keep it to poll for changes' },
              hasNextPage: { type: required(GraphQLBoolean) },
            },
          }),
        ),
      },
    },
  })
  const KolPublicProfile = new GraphQLObjectType({
    name: 'KolPublicProfile',
    description: 'What a frontend may show of a KOL: no contact, contract or rates',
    fields: {
      id: { type: required(GraphQLID) },
      name: { type: required(GraphQLString) },
      kind: { type: required(GraphQLString) },
      verticals: { type: list(GraphQLString) },
      accounts: {
        type: list(
          new GraphQLObjectType({
            name: 'KolPublicAccount',
            fields: {
              platform: { type: required(GraphQLString) },
              handle: { type: required(GraphQLString) },
              url: { type: GraphQLString },
              followers: { type: GraphQLFloat },
              tier: { type: GraphQLString },
            },
          }),
        ),
      },
      posts: {
        type: list(
          new GraphQLObjectType({
            name: 'KolPublicPost',
            fields: { platform: { type: required(GraphQLString) }, url: { type: required(GraphQLString) }, publishedAt: { type: DateTime } },
          }),
        ),
        description: 'The brand’s published collaboration posts of this KOL',
      },
    },
  })
  const PublicationConfirmation = new GraphQLObjectType({
    name: 'PublicationConfirmation',
    fields: {
      item: { type: required(FeedItem) },
      alreadyConfirmed: { type: required(GraphQLBoolean), description: 'True when this exact post had been confirmed before: nothing changed' },
    },
  })
  return { DateTime, Platform, FeedStatus, FeedConnection, KolPublicProfile, PublicationConfirmation, required, list, GraphQLID, GraphQLInt, GraphQLString }
}

const publisherTypes = typesPerSchema(buildTypes)

/** The channel-publisher API (issue 5): the publish feed, published content and KOL profiles for frontends. */
export const publisherQueries: GraphQLExtension = (graphQL, context) => {
  const { DateTime, FeedConnection, FeedStatus, GraphQLID, GraphQLInt, GraphQLString, KolPublicProfile, list, Platform, required } = publisherTypes(
    graphQL,
    context,
  )
  return {
    publishFeed: {
      type: required(FeedConnection),
      description: 'Released variants for one platform in change order, rendered for it; page with `after`, poll with the last endCursor',
      args: {
        platform: { type: required(Platform) },
        status: { type: new graphQL.GraphQLList(required(FeedStatus)), description: 'Default: approved, scheduled and published' },
        since: { type: DateTime, description: 'Only items changed at or after this time' },
        first: { type: GraphQLInt, defaultValue: DEFAULT_PAGE },
        after: { type: GraphQLString },
      },
      resolve: async (
        _: unknown,
        args: { platform: ChannelId; status?: ContentStatus[] | null; since?: string | null; first: number; after?: string | null },
        { req }: Context,
      ) => {
        const scope = readerScope(req)
        if (scope.channels.length > 0 && !scope.channels.includes(args.platform)) {
          refuse(req, 'FORBIDDEN_PLATFORM', 403, { zh: '此 API 密钥无权读取该平台', en: 'This API key may not read this platform' }, 'platform')
        }
        const statuses = args.status?.length ? args.status : RELEASED_STATUSES
        return feedConnection(req, { ...pageArgs(req, args), channels: [args.platform], statuses, brandIds: scope.brandIds })
      },
    },
    publishedContent: {
      type: required(FeedConnection),
      description: 'Published posts for frontends, by brand, product or tag, newest changes last',
      args: {
        brand: { type: GraphQLID },
        product: { type: GraphQLID },
        tag: { type: GraphQLString },
        platform: { type: Platform },
        first: { type: GraphQLInt, defaultValue: DEFAULT_PAGE },
        after: { type: GraphQLString },
      },
      resolve: async (
        _: unknown,
        args: { brand?: string | null; product?: string | null; tag?: string | null; platform?: ChannelId | null; first: number; after?: string | null },
        { req }: Context,
      ) => {
        // A topic is a few words; a pattern of many kilobytes is not one, and SQLite refuses LIKE patterns over 50,000 bytes.
        if (args.tag && args.tag.length > MAX_TAG_LENGTH) {
          refuse(req, 'BAD_USER_INPUT', 400, { zh: `话题最多 ${MAX_TAG_LENGTH} 个字符`, en: `A tag has at most ${MAX_TAG_LENGTH} characters` }, 'tag')
        }
        const scope = readerScope(req)
        const brandIds = args.brand ? (scope.brandIds.length === 0 || scope.brandIds.includes(args.brand) ? [args.brand] : null) : scope.brandIds
        const channels = args.platform ? [args.platform] : scope.channels
        const outOfScope = brandIds === null || (args.platform && scope.channels.length > 0 && !scope.channels.includes(args.platform))
        if (outOfScope) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } }
        return feedConnection(req, {
          ...pageArgs(req, args),
          channels,
          statuses: ['published'],
          brandIds: brandIds!,
          productId: args.product ?? undefined,
          tag: args.tag ?? undefined,
        })
      },
    },
    kolProfiles: {
      type: list(KolPublicProfile),
      description: 'KOLs with published posts for a brand or product, for “as seen on” sections (no contact, contract or rates)',
      args: { brand: { type: GraphQLID }, product: { type: GraphQLID }, first: { type: GraphQLInt, defaultValue: DEFAULT_PAGE } },
      resolve: async (_: unknown, args: { brand?: string | null; product?: string | null; first: number }, { req }: Context) => {
        const scope = readerScope(req)
        if (!args.brand && !args.product) refuse(req, 'BAD_USER_INPUT', 400, { zh: '请指定 brand 或 product', en: 'Give a brand or a product' }, 'brand')
        const { first } = pageArgs(req, { first: args.first })
        return publicKolProfiles(req, scope, { brandId: args.brand ?? null, productId: args.product ?? null, first })
      },
    },
  }
}

export const publisherMutations: GraphQLExtension = (graphQL, context) => {
  const { DateTime, GraphQLID, GraphQLString, PublicationConfirmation, required } = publisherTypes(graphQL, context)
  return {
    confirmPublication: {
      type: required(PublicationConfirmation),
      description: 'Reports that a variant was posted: moves it to published, once (the same report again changes nothing)',
      args: {
        variant: { type: required(GraphQLID) },
        url: { type: required(GraphQLString) },
        platformPostId: { type: required(GraphQLString) },
        publishedAt: { type: required(DateTime) },
      },
      resolve: async (_: unknown, args: { variant: string; url: string; platformPostId: string; publishedAt: string | Date }, { req }: Context) => {
        if (!hasRole(req.user, 'publisher', 'admin')) {
          if (!req.user) refuse(req, 'UNAUTHENTICATED', 401, { zh: '请使用 API 密钥访问', en: 'An API key is required' })
          refuse(req, 'FORBIDDEN', 403, { zh: '只有渠道发布方可以确认发布', en: 'Only channel publishers confirm publication' })
        }
        const scope = hasRole(req.user, 'admin') ? { channels: [], brandIds: [] } : scopeOf(req.user)
        const publishedAt = args.publishedAt instanceof Date ? args.publishedAt.toISOString() : args.publishedAt
        return confirmPublication(req, scope, { variantId: args.variant, url: args.url, platformPostId: args.platformPostId, publishedAt })
      },
    },
  }
}
