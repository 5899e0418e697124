import type { IncomingHttpHeaders, ServerResponse } from 'node:http'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Payload, PayloadRequest } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
import { type DocumentNode, execute, GraphQLError, type GraphQLSchema, Kind, type OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql'
import { LRUCache } from 'lru-cache'
import { IncomingMessage } from 'node:http'
import { createLocalReq, getLocalI18n, headersWithCors } from 'payload'

import { presentedApiKey } from '../auth/apiKeyCredential'
import { userOfApiKey } from '../auth/apiKeyUsers'
import { unsupportedDocument } from '../graphql/documentShape'
import { errorCodeOf } from '../graphql/errorCodes'
import { QUERY_LIMIT_EXCEEDED } from '../graphql/limits'
import { requestLanguage } from './adminLanguage'

/** The publisher's hot reads; everything else (mutations, Payload's own queries) goes to Next. */
const FAST_FIELDS = new Set(['publishFeed', 'publishedContent', '__typename'])
/** A feed query is a few hundred bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 64 * 1024

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

type Body = { query?: unknown; variables?: unknown; operationName?: unknown }
type Parsed = { document: DocumentNode; operation: OperationDefinitionNode } | null

const documents = new LRUCache<string, { parsed: Parsed }>({ max: 500 })
const schemas = new WeakMap<object, ReturnType<typeof configToSchema>>()
/** Validation depends on the document and the variables only (the complexity rule reads them): a poll repeats both. */
const validations = new LRUCache<string, readonly GraphQLError[]>({ max: 2_000 })
const translations = new Map<string, ReturnType<typeof getLocalI18n>>()

/** The operation to run when it reads only the fast fields, else null (Next answers it). */
function fastOperation(query: string, operationName: unknown): Parsed {
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return null
  }
  // Next's route refuses these before validation, which they would overflow (src/graphql/documentShape.ts).
  if (unsupportedDocument(document)) return null
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
  const operation = operations.length === 1 ? operations[0]! : operations.find((candidate) => candidate.name?.value === operationName)
  if (!operation || operation.operation !== 'query' || document.definitions.length !== operations.length) return null
  const fast = operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && FAST_FIELDS.has(selection.name.value))
  return fast ? { document, operation } : null
}

function readBody(req: Request): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** The request as Next would have received it: the body this handler read, then the end. */
function replay(req: Request, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket)
  Object.assign(copy, { headers: req.headers, rawHeaders: req.rawHeaders, method: req.method, url: req.originalUrl, httpVersion: req.httpVersion })
  // Destroying an IncomingMessage counts as the client aborting and takes the socket down, response
  // and all; this copy shares the client's socket, which the response still needs.
  copy._destroy = (error, callback) => callback(error)
  copy.complete = true
  copy.push(body)
  copy.push(null)
  return copy
}

const headersOf = (incoming: IncomingHttpHeaders): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) if (typeof value === 'string') headers.set(name, value)
  return headers
}

/** Payload's GraphQL error format (message, path, extensions with name, data and status) plus our code. */
function formatError(error: GraphQLError, req: PayloadRequest): Record<string, unknown> {
  const original = error.originalError as { status?: number; name?: string; data?: unknown } | undefined
  const status = original ? (original.status ?? 500) : 400
  if (status === 500) req.payload.logger.error({ err: original ?? error }, 'publisher GraphQL request failed')
  const extensions = original
    ? { name: original.name, data: original.data, statusCode: status, code: errorCodeOf(error) }
    : { ...error.extensions, code: error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' }
  return { message: status === 500 ? 'Something went wrong.' : error.message, locations: error.locations, path: error.path, extensions }
}

/**
 * The publisher's hottest requests, answered by Express itself: GraphQL POSTs with an API key
 * whose operation reads only publishFeed or publishedContent. Same schema (Payload's, built from
 * the running instance's config), same validation rules (query limits, complexity), same resolvers
 * and access rules as Payload's endpoint; what this skips is Next's routing, Payload's per-request
 * setup and, through a few seconds' cache, the database lookup of the key's user. Measured in
 * bench/results: those, not the feed, were most of each request's cost. Anything else is handed
 * to Next with the body it would have read.
 */
export function publisherGraphql({ payloadInstance, nextHandler }: { payloadInstance: () => Payload | undefined; nextHandler: NextHandler }): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const payload = payloadInstance()
    const authorization = req.headers.authorization
    if (req.method !== 'POST' || !payload || presentedApiKey(authorization) === null || !req.is('application/json')) return next()
    try {
      // A feed query is a few hundred bytes: larger bodies (uploads) go to Next unread.
      const length = Number(req.headers['content-length'])
      if (!(length > 0 && length <= MAX_BODY_BYTES)) return next()
      const body = await readBody(req)
      const fallback = () => nextHandler(replay(req, body), res)
      let request: Body
      try {
        request = JSON.parse(body.toString('utf8')) as Body
      } catch {
        return fallback()
      }
      if (typeof request.query !== 'string') return fallback()
      let cached = documents.get(request.query)
      if (!cached) documents.set(request.query, (cached = { parsed: fastOperation(request.query, request.operationName) }))
      if (!cached.parsed) return fallback()

      const user = await userOfApiKey(payload, authorization!)
      // Payload's endpoint answers an unknown key with 401 too (src/auth/rejectUnknownApiKey.ts).
      if (!user) return fallback()
      const language = requestLanguage(req.headers)
      if (!translations.has(language)) translations.set(language, getLocalI18n({ config: payload.config, language }))
      const i18n = await translations.get(language)!
      const payloadReq = await createLocalReq({ user, req: { i18n, headers: headersOf(req.headers), payloadAPI: 'GraphQL' } }, payload)

      let schema = schemas.get(payload.config)
      if (!schema) schemas.set(payload.config, (schema = configToSchema(payload.config)))
      const variableValues = (request.variables ?? undefined) as Record<string, unknown> | undefined
      const { document } = cached.parsed
      const args = { schema: schema.schema as GraphQLSchema, document, variableValues, contextValue: { req: payloadReq, headers: {} } }
      const validationKey = `${request.query}\u0000${JSON.stringify(variableValues ?? null)}`
      let validationErrors = validations.get(validationKey)
      if (!validationErrors)
        validations.set(validationKey, (validationErrors = validate(args.schema, document, [...specifiedRules, ...schema.validationRules(args)])))

      const prefersGraphqlResponse = req.accepts(['application/json', 'application/graphql-response+json']) === 'application/graphql-response+json'
      const headers = headersWithCors({
        headers: new Headers({ 'Content-Type': `${prefersGraphqlResponse ? 'application/graphql-response+json' : 'application/json'}; charset=utf-8` }),
        req: payloadReq,
      })
      res.setHeaders(headers)
      if (validationErrors.length > 0) {
        const overLimit = validationErrors.some((error) => error.extensions?.code === QUERY_LIMIT_EXCEEDED)
        res
          .status(overLimit || prefersGraphqlResponse ? 400 : 200)
          .send(JSON.stringify({ errors: validationErrors.map((error) => formatError(error, payloadReq)) }))
        return
      }
      const result = await execute({ ...args, operationName: typeof request.operationName === 'string' ? request.operationName : undefined })
      const errors = result.errors?.map((error) => formatError(error, payloadReq))
      res.status(200).send(JSON.stringify(errors ? { ...result, errors } : result))
    } catch (error) {
      next(error)
    }
  }
}
