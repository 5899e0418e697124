/**
 * `npm run seed`: creates the demo data that is missing, prints the demo logins, and exits.
 * Refuses to run in production, where demo passwords would be a back door.
 */
import { loadDotEnv } from '../src/config/dotEnv'

loadDotEnv()

if (process.env.NODE_ENV === 'production') {
  console.error('npm run seed creates demo accounts with published passwords; it does not run in production.')
  process.exit(1)
}

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { printSeedSummary, seed } = await import('./seed')

const payload = await getPayload({ config })
try {
  printSeedSummary(await seed(payload))
} finally {
  await payload.destroy()
}
