import fs from 'node:fs'
import path from 'node:path'

import { renderLatencyChart } from './chart'
import { markdown, type Report } from './report'

/** `<date>.json`, `<date>-latency.png` and `<date>.md` in `directory`. */
export async function writeReport(report: Report, directory: string): Promise<void> {
  const name = report.date.slice(0, 10)
  fs.mkdirSync(directory, { recursive: true })
  fs.writeFileSync(path.join(directory, `${name}.json`), JSON.stringify(report, null, 2) + '\n')
  await renderLatencyChart(report, path.join(directory, `${name}-latency.png`))
  fs.writeFileSync(path.join(directory, `${name}.md`), markdown(report, `${name}-latency.png`))
}
