import type { ExecutionArgs, ValidationContext, ValidationRule } from 'graphql'

import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import { GraphQLError, Lexer, TokenKind } from 'graphql'
import { z } from 'zod'

import { unsetWhenEmpty } from '../config/envValues'
import { setResponseStatus } from './responseStatus'
import { passwordLengthRule } from './passwordLength'
import { whereValuesRule } from './whereValues'

const limit = (fallback: number) => unsetWhenEmpty(z.coerce.number().int().min(1).default(fallback))

/**
 * Per-operation limits of the GraphQL API, one environment variable each. The defaults leave
 * headroom over what the API's users send (a `publishFeed(first: 50)` page costs about 3,600 and
 * is 4 deep; `kolFitRanking` with its breakdown is 5 deep): test/unit/graphqlLimits.test.ts and
 * test/int/graphqlValidation.test.ts keep those queries under them.
 */
export const graphQLLimitsEnv = z.object({
  /** Field nesting, fragments flattened. The schema's deepest path (collaboration → asset → campaign → live host → audience age) is 12: too deep for one query. */
  GRAPHQL_MAX_DEPTH: limit(10),
  GRAPHQL_MAX_ALIASES: limit(20),
  GRAPHQL_MAX_DIRECTIVES: limit(50),
  /** Lexical tokens of the whole document. */
  GRAPHQL_MAX_TOKENS: limit(2_000),
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, ×`first`/`last` per list. */
  GRAPHQL_MAX_COST: limit(20_000),
  /** Payload's complexity: 1 per field, 10 per relationship or upload, list sizes ignored. */
  GRAPHQL_MAX_COMPLEXITY: limit(1_000),
})

export type GraphQLLimits = { depth: number; aliases: number; directives: number; tokens: number; cost: number; complexity: number }

export function readGraphQLLimits(env: Record<string, string | undefined>): GraphQLLimits {
  const parsed = graphQLLimitsEnv.parse(env)
  return {
    depth: parsed.GRAPHQL_MAX_DEPTH,
    aliases: parsed.GRAPHQL_MAX_ALIASES,
    directives: parsed.GRAPHQL_MAX_DIRECTIVES,
    tokens: parsed.GRAPHQL_MAX_TOKENS,
    cost: parsed.GRAPHQL_MAX_COST,
    complexity: parsed.GRAPHQL_MAX_COMPLEXITY,
  }
}

/** `extensions.code` of an operation refused for its size; `extensions.limit` names which limit. */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED'

type LimitName = keyof GraphQLLimits

/** A refusal as clients get it, with a code and the limit it broke; the request is answered 400. */
function limitError(name: LimitName, max: number, message: string, request: object | undefined): GraphQLError {
  if (request) setResponseStatus(request, 400)
  return new GraphQLError(message, { extensions: { code: QUERY_LIMIT_EXCEEDED, limit: name, max } })
}

/**
 * graphql-armor throws its refusal out of the visitor by default, which graphql-js does not catch
 * during validation (the request would end in a 500); reported instead, it joins the other
 * validation errors. Armor starts every refusal with "Syntax Error: ", which none of these is.
 */
function armorOptions(name: LimitName, max: number, request: object | undefined) {
  return {
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(limitError(name, max, error.message.replace(/^Syntax Error: /, ''), request)),
    ],
    propagateOnRejection: false,
    exposeLimits: true,
  }
}

/**
 * graphql-armor counts tokens in a parser of its own, which Payload has no place for: it parses
 * the document before any rule runs. Counted here, the limit cannot spare that parse; it keeps
 * oversized documents from validation and execution. Lexing stops one token past the limit.
 */
function maxTokensRule(max: number, request: object | undefined): ValidationRule {
  return (context) => {
    const source = context.getDocument().loc?.source
    if (source) {
      const lexer = new Lexer(source)
      let tokens = 0
      while (lexer.advance().kind !== TokenKind.EOF) {
        if (++tokens > max) {
          context.reportError(limitError('tokens', max, `Token limit of ${max} exceeded.`, request))
          break
        }
      }
    }
    return {}
  }
}

/** How graphql-js ends a message with a hint: ` Did you mean "title"?`. */
const SUGGESTION = / Did you mean .*\?$/s
/** Payload's complexity rule (maxComplexity) refuses with this message, and no code. */
const COMPLEXITY_REFUSAL = /^The query exceeds the maximum complexity of \d+\./

/**
 * Sees every error any rule reports, Payload's among them: all rules are created before any visits
 * the document, and all report through its validation context. Payload's complexity refusal gets
 * the code and the 400 of the limits above.
 *
 * graphql-js spells out the schema in its "Did you mean …?" hints, to callers who may not
 * introspect it. It leaves them out when `validate` is given `hideSuggestions`, an option Payload
 * does not pass on; this rule switches it on for the run, and takes the hint off errors reported
 * with one all the same: Payload's complexity rule checks the variable values (so invalid ones
 * never reach execution) through graphql-js without the option.
 */
function reportedErrorsRule(complexity: number, request: object | undefined, hideSuggestions: boolean): ValidationRule {
  return (context) => {
    if (hideSuggestions) Object.defineProperty(context, 'hideSuggestions', { value: true })
    const report = context.reportError.bind(context)
    context.reportError = (error) => {
      if (hideSuggestions) error.message = error.message.replace(SUGGESTION, '')
      report(COMPLEXITY_REFUSAL.test(error.message) ? limitError('complexity', complexity, error.message, request) : error)
    }
    return {}
  }
}

/** For Payload's `graphQL.validationRules`: called once per request with its execution args. */
export function queryLimitRules(limits: GraphQLLimits, { hideSuggestions }: { hideSuggestions: boolean }) {
  return (args: ExecutionArgs): ValidationRule[] => {
    const request = (args.contextValue as { req?: object } | undefined)?.req
    return [
      reportedErrorsRule(limits.complexity, request, hideSuggestions),
      maxTokensRule(limits.tokens, request),
      // Fragments flattened: depth and cost measure what executes, however a client factors its query.
      maxDepthRule({ n: limits.depth, flattenFragments: true, ...armorOptions('depth', limits.depth, request) }),
      maxAliasesRule({ n: limits.aliases, ...armorOptions('aliases', limits.aliases, request) }),
      maxDirectivesRule({ n: limits.directives, ...armorOptions('directives', limits.directives, request) }),
      costLimitRule({ maxCost: limits.cost, flattenFragments: true, ...armorOptions('cost', limits.cost, request) }),
      whereValuesRule(args),
      passwordLengthRule(args),
    ]
  }
}
