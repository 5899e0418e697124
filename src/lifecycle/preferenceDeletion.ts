import type { PayloadHandler, SanitizedConfig } from 'payload'

import { NotFound, UnauthorizedError } from 'payload'

/**
 * `DELETE /api/payload-preferences/:key` (the admin forgetting a list's columns or a collapsed
 * field) answered 500 for every key: Payload deletes through the database adapter with a condition
 * on the polymorphic `user` relationship, which the SQL adapters turn into a query naming a table
 * alias they never joined. The Local API's delete looks the rows up first and gets it right.
 */
const deletePreference: PayloadHandler = async (req) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  const { docs } = await req.payload.delete({
    collection: 'payload-preferences',
    where: {
      and: [{ key: { equals: req.routeParams?.key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }],
    },
    req,
    overrideAccess: true,
  })
  if (docs.length === 0) throw new NotFound(req.t)
  return Response.json({ ...docs[0], message: req.t('general:deletedSuccessfully') })
}

/** Applied to the sanitized config (payload.config.ts), like the access rules of Payload's own collections. */
export function repairPreferenceDeletion(config: SanitizedConfig): SanitizedConfig {
  const endpoints = config.collections.find((one) => one.slug === 'payload-preferences')?.endpoints
  const endpoint = Array.isArray(endpoints) ? endpoints.find((one) => one.method === 'delete' && one.path === '/:key') : undefined
  if (endpoint) endpoint.handler = deletePreference
  return config
}
