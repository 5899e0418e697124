import type { ExecutionArgs, ValidationRule } from 'graphql'

import { GraphQLError, valueFromASTUntyped } from 'graphql'

/** Longer than any password a person types; Payload's own minimum is far below. */
export const MAX_PASSWORD_LENGTH = 1024

/**
 * Refuses a `password` argument (loginUser, resetPasswordUser, createUser…) over 1,024 characters:
 * Payload hashes it with 25,000 PBKDF2 rounds whatever its length, and a megabyte password held a
 * core for minutes. REST routes are limited by body size (src/server/authBodyLimit.ts).
 */
export function passwordLengthRule(args: ExecutionArgs): ValidationRule {
  return (context) => ({
    Argument(node) {
      if (node.name.value !== 'password') return
      const value: unknown = valueFromASTUntyped(node.value, args.variableValues ?? undefined)
      if (typeof value === 'string' && value.length > MAX_PASSWORD_LENGTH) {
        context.reportError(
          new GraphQLError(`A password has at most ${MAX_PASSWORD_LENGTH} characters.`, {
            nodes: node,
            extensions: { code: 'BAD_USER_INPUT', field: 'password' },
          }),
        )
      }
    },
  })
}
