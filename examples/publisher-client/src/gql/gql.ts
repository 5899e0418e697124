/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment FeedItemFields on FeedItem {\n    assetId\n    variantId\n    platform\n    format\n    status\n    title\n    text\n    digest\n    hashtags\n    mentions {\n      name\n      platformUserId\n    }\n    disclosureLabel\n    commercialOrderId\n    marketingDeclared\n    cover {\n      crop\n      url\n      width\n      height\n    }\n    media {\n      id\n      url\n      mimeType\n      width\n      height\n      durationSeconds\n    }\n    scheduledAt\n    publishedAt\n    publishedUrl\n    platformPostId\n    contentHash\n    changedAt\n  }\n": typeof types.FeedItemFieldsFragmentDoc,
    "\n  query PublishFeed($platform: Platform!, $status: [FeedStatus!], $since: DateTime, $first: Int, $after: String) {\n    publishFeed(platform: $platform, status: $status, since: $since, first: $first, after: $after) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PublishFeedDocument,
    "\n  mutation ConfirmPublication($variant: ID!, $url: String!, $platformPostId: String!, $publishedAt: DateTime!) {\n    confirmPublication(variant: $variant, url: $url, platformPostId: $platformPostId, publishedAt: $publishedAt) {\n      alreadyConfirmed\n      item {\n        variantId\n        status\n        contentHash\n      }\n    }\n  }\n": typeof types.ConfirmPublicationDocument,
    "\n  query PublishedContent($brand: ID, $product: ID, $tag: String, $platform: Platform, $first: Int, $after: String) {\n    publishedContent(brand: $brand, product: $product, tag: $tag, platform: $platform, first: $first, after: $after) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PublishedContentDocument,
    "\n  query KolProfiles($brand: ID, $product: ID, $first: Int) {\n    kolProfiles(brand: $brand, product: $product, first: $first) {\n      id\n      name\n      kind\n      verticals\n      accounts {\n        platform\n        handle\n        url\n        followers\n        tier\n      }\n      posts {\n        platform\n        url\n        publishedAt\n      }\n    }\n  }\n": typeof types.KolProfilesDocument,
};
const documents: Documents = {
    "\n  fragment FeedItemFields on FeedItem {\n    assetId\n    variantId\n    platform\n    format\n    status\n    title\n    text\n    digest\n    hashtags\n    mentions {\n      name\n      platformUserId\n    }\n    disclosureLabel\n    commercialOrderId\n    marketingDeclared\n    cover {\n      crop\n      url\n      width\n      height\n    }\n    media {\n      id\n      url\n      mimeType\n      width\n      height\n      durationSeconds\n    }\n    scheduledAt\n    publishedAt\n    publishedUrl\n    platformPostId\n    contentHash\n    changedAt\n  }\n": types.FeedItemFieldsFragmentDoc,
    "\n  query PublishFeed($platform: Platform!, $status: [FeedStatus!], $since: DateTime, $first: Int, $after: String) {\n    publishFeed(platform: $platform, status: $status, since: $since, first: $first, after: $after) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PublishFeedDocument,
    "\n  mutation ConfirmPublication($variant: ID!, $url: String!, $platformPostId: String!, $publishedAt: DateTime!) {\n    confirmPublication(variant: $variant, url: $url, platformPostId: $platformPostId, publishedAt: $publishedAt) {\n      alreadyConfirmed\n      item {\n        variantId\n        status\n        contentHash\n      }\n    }\n  }\n": types.ConfirmPublicationDocument,
    "\n  query PublishedContent($brand: ID, $product: ID, $tag: String, $platform: Platform, $first: Int, $after: String) {\n    publishedContent(brand: $brand, product: $product, tag: $tag, platform: $platform, first: $first, after: $after) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PublishedContentDocument,
    "\n  query KolProfiles($brand: ID, $product: ID, $first: Int) {\n    kolProfiles(brand: $brand, product: $product, first: $first) {\n      id\n      name\n      kind\n      verticals\n      accounts {\n        platform\n        handle\n        url\n        followers\n        tier\n      }\n      posts {\n        platform\n        url\n        publishedAt\n      }\n    }\n  }\n": types.KolProfilesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedItemFields on FeedItem {\n    assetId\n    variantId\n    platform\n    format\n    status\n    title\n    text\n    digest\n    hashtags\n    mentions {\n      name\n      platformUserId\n    }\n    disclosureLabel\n    commercialOrderId\n    marketingDeclared\n    cover {\n      crop\n      url\n      width\n      height\n    }\n    media {\n      id\n      url\n      mimeType\n      width\n      height\n      durationSeconds\n    }\n    scheduledAt\n    publishedAt\n    publishedUrl\n    platformPostId\n    contentHash\n    changedAt\n  }\n"): (typeof documents)["\n  fragment FeedItemFields on FeedItem {\n    assetId\n    variantId\n    platform\n    format\n    status\n    title\n    text\n    digest\n    hashtags\n    mentions {\n      name\n      platformUserId\n    }\n    disclosureLabel\n    commercialOrderId\n    marketingDeclared\n    cover {\n      crop\n      url\n      width\n      height\n    }\n    media {\n      id\n      url\n      mimeType\n      width\n      height\n      durationSeconds\n    }\n    scheduledAt\n    publishedAt\n    publishedUrl\n    platformPostId\n    contentHash\n    changedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishFeed($platform: Platform!, $status: [FeedStatus!], $since: DateTime, $first: Int, $after: String) {\n    publishFeed(platform: $platform, status: $status, since: $since, first: $first, after: $after) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishFeed($platform: Platform!, $status: [FeedStatus!], $since: DateTime, $first: Int, $after: String) {\n    publishFeed(platform: $platform, status: $status, since: $since, first: $first, after: $after) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPublication($variant: ID!, $url: String!, $platformPostId: String!, $publishedAt: DateTime!) {\n    confirmPublication(variant: $variant, url: $url, platformPostId: $platformPostId, publishedAt: $publishedAt) {\n      alreadyConfirmed\n      item {\n        variantId\n        status\n        contentHash\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPublication($variant: ID!, $url: String!, $platformPostId: String!, $publishedAt: DateTime!) {\n    confirmPublication(variant: $variant, url: $url, platformPostId: $platformPostId, publishedAt: $publishedAt) {\n      alreadyConfirmed\n      item {\n        variantId\n        status\n        contentHash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedContent($brand: ID, $product: ID, $tag: String, $platform: Platform, $first: Int, $after: String) {\n    publishedContent(brand: $brand, product: $product, tag: $tag, platform: $platform, first: $first, after: $after) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedContent($brand: ID, $product: ID, $tag: String, $platform: Platform, $first: Int, $after: String) {\n    publishedContent(brand: $brand, product: $product, tag: $tag, platform: $platform, first: $first, after: $after) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KolProfiles($brand: ID, $product: ID, $first: Int) {\n    kolProfiles(brand: $brand, product: $product, first: $first) {\n      id\n      name\n      kind\n      verticals\n      accounts {\n        platform\n        handle\n        url\n        followers\n        tier\n      }\n      posts {\n        platform\n        url\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query KolProfiles($brand: ID, $product: ID, $first: Int) {\n    kolProfiles(brand: $brand, product: $product, first: $first) {\n      id\n      name\n      kind\n      verticals\n      accounts {\n        platform\n        handle\n        url\n        followers\n        tier\n      }\n      posts {\n        platform\n        url\n        publishedAt\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;