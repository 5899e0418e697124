import type * as GraphQL from 'graphql'
import type { GraphQLExtension } from 'payload'

export type ExtensionContext = Parameters<GraphQLExtension>[1]

/**
 * Types built once per schema: an API's queries and mutations are separate extensions that share
 * them, and a schema must not hold two types of one name.
 */
export function typesPerSchema<Types>(build: (graphQL: typeof GraphQL, context: ExtensionContext) => Types) {
  const bySchema = new WeakMap<object, Types>()
  return (graphQL: typeof GraphQL, context: ExtensionContext): Types => {
    let types = bySchema.get(context.collections)
    if (!types) bySchema.set(context.collections, (types = build(graphQL, context)))
    return types
  }
}

/** Payload's own DateTime scalar: a second scalar of that name would make the schema invalid. */
export const dateTimeOf = (context: ExtensionContext): GraphQL.GraphQLScalarType => {
  const type = (context.collections['content-assets'].graphQL!.type as GraphQL.GraphQLObjectType).getFields().updatedAt!.type
  return ('ofType' in type ? type.ofType : type) as GraphQL.GraphQLScalarType
}
