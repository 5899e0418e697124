import type { Payload } from 'payload'

import { createHmac } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { User } from '../src/payload-types'

import { seedKols } from './campaigns'
import { seedUgc } from './ugc'
import { seedCatalog, seedContent } from './content'
import { DEMO_PASSWORD, DEMO_USERS } from './demoUsers'
import { findOrCreate } from './findOrCreate'

/**
 * Payload stores API keys encrypted and never returns them, so the demo key is derived from the
 * secret: every seed run can print it, and it changes whenever the secret does.
 */
export const demoApiKey = (secret: string, email: string): string => createHmac('sha256', secret).update(`demo api key ${email}`).digest('hex')

export type DemoLogin = { email: string; roles: string[]; password: string; apiKey?: string; created: boolean }

export type SeedResult = {
  logins: DemoLogin[]
  content: { created: number; existing: number }
  kols: { kols: number; campaigns: number; collaborations: number }
  ugc: { submissions: number }
}

/**
 * Idempotent demo data: whatever already exists is left as it is, whatever is missing is created,
 * all in one transaction so a failed run leaves nothing behind. Later features add their data here.
 */
export async function seed(payload: Payload): Promise<SeedResult> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const logins: DemoLogin[] = []
    const byRole = new Map<string, User>()
    for (const demo of DEMO_USERS) {
      const isPublisher = demo.roles.includes('publisher')
      const { doc: user, created } = await findOrCreate(payload, req, 'users', { email: { equals: demo.email } }, () =>
        payload.create({
          collection: 'users',
          data: {
            ...demo,
            password: DEMO_PASSWORD,
            ...(isPublisher ? { enableAPIKey: true, apiKey: demoApiKey(payload.config.secret, demo.email) } : {}),
          },
          overrideAccess: true,
          req,
        }),
      )
      byRole.set(demo.roles[0]!, user)
      logins.push({
        email: demo.email,
        roles: user.roles,
        password: DEMO_PASSWORD,
        apiKey: isPublisher ? demoApiKey(payload.config.secret, demo.email) : undefined,
        created,
      })
    }
    const catalog = await seedCatalog(payload, req)
    const content = await seedContent(payload, req, catalog, {
      admin: byRole.get('admin')!,
      editor: byRole.get('editor')!,
      reviewer: byRole.get('reviewer')!,
    })
    const kols = await seedKols(payload, req, catalog, { kolManager: byRole.get('kol-manager')!, reviewer: byRole.get('reviewer')! })
    const ugc = await seedUgc(payload, req, catalog, byRole.get('kol-manager')!)
    await commitTransaction(req)
    return { logins, content, kols, ugc }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export function printSeedSummary({ logins, content, kols, ugc }: SeedResult): void {
  const lines = logins.map((login) =>
    login.apiKey
      ? `  ${login.email.padEnd(28)} ${login.roles.join(',').padEnd(12)} Authorization: users API-Key ${login.apiKey}`
      : `  ${login.email.padEnd(28)} ${login.roles.join(',').padEnd(12)} password: ${login.password}`,
  )
  console.log(
    [
      '',
      `Demo content: ${content.created} assets created, ${content.existing} already there.`,
      `Demo KOLs: ${kols.kols}; ${kols.campaigns} campaigns created with ${kols.collaborations} collaborations.`,
      `Demo UGC: ${ugc.submissions} submissions created.`,
      'Demo logins (development only):',
      ...lines,
      '',
    ].join('\n'),
  )
}
