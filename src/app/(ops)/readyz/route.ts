import config from '@payload-config'
import { getPayload } from 'payload'

import { checkReadiness, readinessReport } from '@/health/readiness'

// Readiness lives inside Next's bundle so it uses the one Payload instance that serves the API.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  // cron: true starts the jobs runner (scheduled publishing) as soon as the server warms up.
  const report = await getPayload({ config, cron: true }).then(
    (payload) => checkReadiness(payload),
    (error: unknown) =>
      readinessReport([
        { name: 'payload', ok: false, detail: error instanceof Error ? error.message : String(error) },
      ]),
  )
  return Response.json(report, {
    status: report.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
