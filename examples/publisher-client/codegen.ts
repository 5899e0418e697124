import type { CodegenConfig } from '@graphql-codegen/cli'

/**
 * Types for the example publisher client, from the checked-in schema and the operations in src/.
 * `npm run generate` runs it; CI fails when the output is stale or no longer type-checks.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/publisher-client/src/**/*.ts', '!examples/publisher-client/src/gql/**'],
  generates: {
    'examples/publisher-client/src/gql/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>', EmailAddress: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  silent: true,
}

export default config
