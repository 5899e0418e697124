import type { ArrayField, Config, Field } from 'payload'

import { ValidationError } from 'payload'

const limitedArrays = (fields: Field[]): ArrayField[] =>
  fields.filter((field): field is ArrayField => field.type === 'array' && 'name' in field && typeof field.maxRows === 'number')

/**
 * Refuses a create or update whose top-level array has more rows than its `maxRows`, before Payload
 * walks the rows: it runs every field's hooks and defaults on each row before it validates, so one
 * editor's 20,000 variants held a core for a minute. Payload's own message, at the field's path.
 */
export const refuseOversizedArrays =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => {
      const arrays = limitedArrays(collection.fields)
      if (arrays.length === 0) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [
            ({ args, operation, req }) => {
              if (operation !== 'create' && operation !== 'update') return args
              const data = args.data as Record<string, unknown> | undefined
              const errors = arrays
                .filter((field) => Array.isArray(data?.[field.name]) && (data![field.name] as unknown[]).length > field.maxRows!)
                .map((field) => ({
                  path: field.name,
                  message: req.t('validation:requiresNoMoreThan', { count: field.maxRows, label: req.t('general:rows') }),
                }))
              if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
              return args
            },
            ...(collection.hooks?.beforeOperation ?? []),
          ],
        },
      }
    }),
  })
