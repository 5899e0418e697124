import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const envFile = () => path.resolve(process.cwd(), '.env')

/**
 * Loads `.env` (variables already in the environment win). Outside production, a missing
 * PAYLOAD_SECRET is generated once and written to `.env`, so `npm install && npm run dev` works on
 * a fresh clone and logins survive restarts. Production never generates a secret: see serverEnv.
 */
export function loadDotEnv(): void {
  const file = envFile()
  if (fs.existsSync(file)) process.loadEnvFile(file)
  if (process.env.NODE_ENV === 'production' || process.env.PAYLOAD_SECRET) return

  const secret = randomBytes(32).toString('hex')
  fs.appendFileSync(file, `${fs.existsSync(file) ? '\n' : ''}# Generated for development on first run\nPAYLOAD_SECRET=${secret}\n`, {
    mode: 0o600,
  })
  process.env.PAYLOAD_SECRET = secret
}
