import type { CollectionSlug, Plugin } from 'payload'

import { listExportEndpoint } from './exportList'

/**
 * "Export this list (CSV)" for the lists editors and KOL managers work in: the endpoint
 * `GET /api/<collection>/export.csv` and a button above each list that sends it the list's current
 * filter, search, sort and columns. Nothing is stored: no collection, no job, no migration.
 */
export const listExportPlugin =
  ({ collections }: { collections: readonly CollectionSlug[] }): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collections.includes(collection.slug as CollectionSlug)
        ? {
            ...collection,
            endpoints: [...(collection.endpoints || []), listExportEndpoint],
            admin: {
              ...collection.admin,
              components: {
                ...collection.admin?.components,
                beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), '/src/admin/ListExportButton#ListExportButton'],
              },
            },
          }
        : collection,
    ),
  })
