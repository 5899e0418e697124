import type { DatabaseAdapterObj } from 'payload'

export const DEV_PUSHED_DATABASE_MESSAGE =
  'This database was created by the dev server (schema push) and cannot take production ' +
  'migrations without data loss. Point DATABASE_URI at a separate production database ' +
  '(unset, it is data/zhongcao.db; dev uses data/zhongcao-dev.db).'

/**
 * Payload's migration runner asks on the terminal before migrating a database that dev mode has
 * schema-pushed (a `payload_migrations` row with batch -1). A server must never wait on a prompt,
 * so production refuses such a database up front with an error that says what to do instead.
 */
export function refuseDevPushedDatabase(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const migrate = instance.migrate.bind(instance)
      instance.migrate = async (migrateArgs) => {
        const { payload } = args
        const applied = await payload
          .find({
            collection: 'payload-migrations',
            where: { batch: { equals: -1 } },
            limit: 1,
            pagination: false,
          })
          // A brand-new database has no migrations table yet, so nothing was pushed into it.
          .catch(() => ({ docs: [] }))
        if (applied.docs.length > 0) throw new Error(DEV_PUSHED_DATABASE_MESSAGE)
        return migrate(migrateArgs)
      }
      return instance
    },
  }
}
