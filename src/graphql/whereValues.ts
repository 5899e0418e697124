import type { ExecutionArgs, ValidationRule } from 'graphql'
import type { Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { getNamedType, GraphQLError, valueFromASTUntyped } from 'graphql'
import { formatNames, toWords } from 'payload'

import { whereProblem, whereProblemMessage } from '../db/whereValues'
import { languageOf } from '../i18n/localized'

const whereTypesOf = new WeakMap<Payload, Map<string, SanitizedCollectionConfig>>()

/** The collection whose where input type this is (`ContentAsset_where`), named as @payloadcms/graphql names it. */
function collectionOfWhereType(payload: Payload, typeName: string): SanitizedCollectionConfig | undefined {
  let whereTypes = whereTypesOf.get(payload)
  if (!whereTypes) {
    whereTypes = new Map()
    for (const { config } of Object.values(payload.collections)) {
      // Left out, `graphQL` means the defaults; false, no GraphQL at all.
      if (config.graphQL === false) continue
      const singular = config.graphQL?.singularName ? toWords(config.graphQL.singularName, true) : formatNames(config.slug).singular
      whereTypes.set(`${singular}_where`, config)
    }
    whereTypesOf.set(payload, whereTypes)
  }
  return whereTypes.get(typeName)
}

/**
 * Refuses a `where` argument the database cannot be asked (src/db/whereValues.ts) as a validation
 * error. The schema types most operands, but relationship and JSON operators take any JSON, which
 * reached the database driver and failed the request with an internal error.
 */
export function whereValuesRule(args: ExecutionArgs): ValidationRule {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  return (context) => ({
    Field(node) {
      const where = node.arguments?.find((argument) => argument.name.value === 'where')
      const whereType = where && context.getFieldDef()?.args.find((argument) => argument.name === 'where')?.type
      const collection = whereType && req?.payload ? collectionOfWhereType(req.payload, getNamedType(whereType).name) : undefined
      if (!where || !collection) return
      const value = valueFromASTUntyped(where.value, args.variableValues ?? undefined)
      const problem = whereProblem(value, collection.flattenedFields, req!.payload.db.defaultIDType === 'number')
      if (!problem) return
      context.reportError(
        new GraphQLError(whereProblemMessage(problem)[languageOf(req!.i18n)], { nodes: where, extensions: { code: 'BAD_USER_INPUT', field: problem.path } }),
      )
    },
  })
}
