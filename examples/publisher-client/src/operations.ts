import { graphql } from './gql'

/** Everything a publisher needs to post one item. */
export const FeedItemFields = graphql(`
  fragment FeedItemFields on FeedItem {
    assetId
    variantId
    platform
    format
    status
    title
    text
    digest
    hashtags
    mentions {
      name
      platformUserId
    }
    disclosureLabel
    commercialOrderId
    marketingDeclared
    cover {
      crop
      url
      width
      height
    }
    media {
      id
      url
      mimeType
      width
      height
      durationSeconds
    }
    scheduledAt
    publishedAt
    publishedUrl
    platformPostId
    contentHash
    changedAt
  }
`)

export const PublishFeedQuery = graphql(`
  query PublishFeed($platform: Platform!, $status: [FeedStatus!], $since: DateTime, $first: Int, $after: String) {
    publishFeed(platform: $platform, status: $status, since: $since, first: $first, after: $after) {
      nodes {
        ...FeedItemFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`)

export const ConfirmPublicationMutation = graphql(`
  mutation ConfirmPublication($variant: ID!, $url: String!, $platformPostId: String!, $publishedAt: DateTime!) {
    confirmPublication(variant: $variant, url: $url, platformPostId: $platformPostId, publishedAt: $publishedAt) {
      alreadyConfirmed
      item {
        variantId
        status
        contentHash
      }
    }
  }
`)

export const PublishedContentQuery = graphql(`
  query PublishedContent($brand: ID, $product: ID, $tag: String, $platform: Platform, $first: Int, $after: String) {
    publishedContent(brand: $brand, product: $product, tag: $tag, platform: $platform, first: $first, after: $after) {
      nodes {
        ...FeedItemFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`)

export const KolProfilesQuery = graphql(`
  query KolProfiles($brand: ID, $product: ID, $first: Int) {
    kolProfiles(brand: $brand, product: $product, first: $first) {
      id
      name
      kind
      verticals
      accounts {
        platform
        handle
        url
        followers
        tier
      }
      posts {
        platform
        url
        publishedAt
      }
    }
  }
`)
