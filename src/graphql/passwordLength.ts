import type { ExecutionArgs, ValidationRule } from 'graphql'

import { GraphQLError, valueFromASTUntyped } from 'graphql'

/** Longer than any password a person types; Payload's own minimum is far below. */
export const MAX_PASSWORD_LENGTH = 1024

/** The password an argument carries: itself (`password:`), or the `password` of a user's `data:` (createUser, updateUser). */
function passwordIn(name: string, value: unknown): unknown {
  if (name === 'password') return value
  if (name === 'data' && typeof value === 'object' && value !== null) return (value as { password?: unknown }).password
  return undefined
}

/**
 * Refuses a password over 1,024 characters in any argument (loginUser, resetPasswordUser, and in
 * createUser/updateUser's data): Payload hashes it with 25,000 PBKDF2 rounds whatever its length,
 * and a megabyte password held a core for minutes. REST routes are limited by body size
 * (src/server/authBodyLimit.ts).
 */
export function passwordLengthRule(args: ExecutionArgs): ValidationRule {
  return (context) => ({
    Argument(node) {
      const name = node.name.value
      if (name !== 'password' && name !== 'data') return
      const password = passwordIn(name, valueFromASTUntyped(node.value, args.variableValues ?? undefined))
      if (typeof password === 'string' && password.length > MAX_PASSWORD_LENGTH) {
        context.reportError(
          new GraphQLError(`A password has at most ${MAX_PASSWORD_LENGTH} characters.`, {
            nodes: node,
            extensions: { code: 'BAD_USER_INPUT', field: name === 'password' ? 'password' : 'data.password' },
          }),
        )
      }
    },
  })
}
