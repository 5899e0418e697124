import type * as GraphQL from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { timingSafeEqual } from 'node:crypto'

import { refuse } from '../graphql/errorCodes'
import { dateTimeOf, type ExtensionContext, typesPerSchema } from '../graphql/extensionTypes'
import { languageOf } from '../i18n/localized'
import { UGC_SOURCES } from '../taxonomy/ugcSources'
import { CONSENT_TEXTS, CURRENT_CONSENT_VERSION } from './consent'
import { eraseAuthorData } from './erasure'
import { LICENCE_SCOPES } from './licence'
import { UGC_STATUSES } from './moderation'
import { contactKeyOf } from './personalKeys'
import { submitUgc } from './submitUgc'

type Context = { req: PayloadRequest }

const enumValues = (values: readonly string[]) => Object.fromEntries(values.map((value) => [value.replaceAll('-', '_'), { value }]))

/**
 * The submission a shopper asks about, if the contact they give is the one it was sent with. An
 * unknown id and a wrong contact get the same answer, so the API tells nobody which exist.
 */
async function ownSubmission(req: PayloadRequest, id: string, contact: string) {
  const submission = await req.payload.findByID({ collection: 'ugc-submissions', id, depth: 1, overrideAccess: true, req, disableErrors: true })
  const stored = Buffer.from(submission?.author?.contactKey ?? '', 'hex')
  const given = Buffer.from(contactKeyOf(req.payload.secret, contact), 'hex')
  if (!submission || stored.length !== given.length || !timingSafeEqual(stored, given)) {
    return refuse(req, 'NOT_FOUND', 404, { zh: '找不到该投稿，或联系方式不符', en: 'No such submission with this contact' }, 'submission')
  }
  return submission
}

function buildTypes(graphQL: typeof GraphQL, context: ExtensionContext) {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLID, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } =
    graphQL
  const required = <T extends GraphQL.GraphQLNullableType>(type: T) => new GraphQLNonNull(type)
  const list = <T extends GraphQL.GraphQLNullableType>(type: T) => required(new GraphQLList(required(type)))
  const DateTime = dateTimeOf(context)

  const UgcSource = new GraphQLEnumType({ name: 'UgcSource', values: enumValues(UGC_SOURCES.map(({ value }) => value)) })
  const UgcLicenceScope = new GraphQLEnumType({ name: 'UgcLicenceScope', values: enumValues(LICENCE_SCOPES.map(({ value }) => value)) })
  const UgcStatus = new GraphQLEnumType({ name: 'UgcStatus', values: enumValues(UGC_STATUSES) })
  const UgcLicenceInput = new GraphQLInputObjectType({
    name: 'UgcLicenceInput',
    description: 'The author’s licence: the scopes and term they agreed to, under the consent text version they were shown (query ugcConsent)',
    fields: {
      accepted: { type: required(GraphQLBoolean), description: 'The consent checkbox; must be true' },
      consentVersion: { type: required(GraphQLString) },
      scopes: { type: list(UgcLicenceScope) },
      termMonths: { type: required(GraphQLInt) },
    },
  })
  const UgcSubmissionInput = new GraphQLInputObjectType({
    name: 'UgcSubmissionInput',
    fields: {
      product: { type: required(GraphQLID) },
      text: { type: required(GraphQLString) },
      media: { type: new GraphQLList(required(GraphQLString)), description: 'Tokens from POST /api/ugc/uploads: up to 9 images or one video' },
      source: { type: required(UgcSource) },
      sourceUrl: { type: GraphQLString },
      nickname: { type: required(GraphQLString) },
      contact: { type: required(GraphQLString), description: 'Mobile number, email or WeChat ID; never published' },
      licence: { type: UgcLicenceInput, description: 'Required: a submission without the licence consent is refused (CONSENT_REQUIRED)' },
    },
  })
  const UgcReceipt = new GraphQLObjectType({
    name: 'UgcReceipt',
    fields: {
      id: { type: required(GraphQLID) },
      status: { type: required(UgcStatus) },
      duplicate: { type: required(GraphQLBoolean), description: 'An image looks like one of an earlier submission; moderators will see it' },
      maskedPersonalData: { type: list(GraphQLString), description: 'Kinds of contact data hidden from the stored text' },
      message: { type: required(GraphQLString) },
    },
  })
  const UgcReward = new GraphQLObjectType({
    name: 'UgcReward',
    fields: {
      kind: { type: required(GraphQLString) },
      points: { type: GraphQLInt },
      couponCode: { type: GraphQLString },
      issuedAt: { type: DateTime },
    },
  })
  const UgcSubmissionState = new GraphQLObjectType({
    name: 'UgcSubmissionState',
    description: 'What the author may know of their own submission',
    fields: {
      id: { type: required(GraphQLID) },
      status: { type: required(UgcStatus) },
      rejectionReason: { type: GraphQLString },
      reward: { type: UgcReward },
      submittedAt: { type: required(DateTime) },
      licenceScopes: { type: list(UgcLicenceScope) },
      licenceExpiresAt: { type: DateTime },
      erased: { type: required(GraphQLBoolean) },
    },
  })
  const UgcErasure = new GraphQLObjectType({
    name: 'UgcErasure',
    fields: { erased: { type: required(GraphQLInt), description: 'Submissions of this author erased' }, message: { type: required(GraphQLString) } },
  })
  const UgcConsent = new GraphQLObjectType({
    name: 'UgcConsent',
    fields: { version: { type: required(GraphQLString) }, text: { type: required(GraphQLString) } },
  })
  return { GraphQLID, GraphQLString, required, UgcConsent, UgcErasure, UgcReceipt, UgcSubmissionInput, UgcSubmissionState }
}

const ugcTypes = typesPerSchema(buildTypes)

/** The shoppers' side of UGC (SPEC §7): anonymous, identified per submission by id and contact. */
export const ugcQueries: GraphQLExtension = (graphQL, context) => {
  const { GraphQLID, GraphQLString, required, UgcConsent, UgcSubmissionState } = ugcTypes(graphQL, context)
  return {
    ugcConsent: {
      type: required(UgcConsent),
      description: 'The licence text a submission form must show, with the version to send back in submitUgc',
      resolve: (_: unknown, __: unknown, { req }: Context) => ({
        version: CURRENT_CONSENT_VERSION,
        text: CONSENT_TEXTS[CURRENT_CONSENT_VERSION]![languageOf(req.i18n)],
      }),
    },
    ugcSubmission: {
      type: required(UgcSubmissionState),
      description: 'An author’s own submission: moderation status and reward',
      args: { id: { type: required(GraphQLID) }, contact: { type: required(GraphQLString) } },
      resolve: async (_: unknown, args: { id: string; contact: string }, { req }: Context) => {
        const submission = await ownSubmission(req, args.id, args.contact)
        const coupon = typeof submission.reward?.coupon === 'object' ? submission.reward.coupon : null
        return {
          id: submission.id,
          status: submission.status,
          rejectionReason: submission.status === 'rejected' ? submission.rejectionReason : null,
          reward: submission.reward?.issuedAt
            ? { kind: submission.reward.kind, points: submission.reward.points, couponCode: coupon?.code ?? null, issuedAt: submission.reward.issuedAt }
            : null,
          submittedAt: submission.createdAt,
          licenceScopes: submission.licence?.scopes ?? [],
          licenceExpiresAt: submission.licence?.expiresAt ?? null,
          erased: Boolean(submission.erasedAt),
        }
      },
    },
  }
}

export const ugcMutations: GraphQLExtension = (graphQL, context) => {
  const { GraphQLID, GraphQLString, required, UgcErasure, UgcReceipt, UgcSubmissionInput } = ugcTypes(graphQL, context)
  return {
    submitUgc: {
      type: required(UgcReceipt),
      description: 'A shopper’s 晒单 or review, with the licence consent; media are uploaded first (POST /api/ugc/uploads)',
      args: { input: { type: required(UgcSubmissionInput) } },
      resolve: (_: unknown, args: { input: unknown }, { req }: Context) => submitUgc(req, args.input),
    },
    requestUgcErasure: {
      type: required(UgcErasure),
      description: 'PIPL deletion request: erases the personal data and media of every submission made with this contact',
      args: { submission: { type: required(GraphQLID) }, contact: { type: required(GraphQLString) } },
      resolve: async (_: unknown, args: { submission: string; contact: string }, { req }: Context) => {
        const submission = await ownSubmission(req, args.submission, args.contact)
        const erased = await eraseAuthorData(req, submission.author!.contactKey!, 'author')
        const message = { zh: `已删除您 ${erased} 条投稿的个人信息和素材`, en: `Personal data and media of your ${erased} submissions erased` }
        return { erased, message: message[languageOf(req.i18n)] }
      },
    },
  }
}
