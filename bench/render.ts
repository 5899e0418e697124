/**
 * Writes the summary and the chart again from a results JSON, without measuring:
 * `npx tsx bench/render.ts bench/results/<date>.json` (after a change to the report's layout).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Report } from './report'

import { writeReport } from './writeReport'

const file = process.argv[2]
if (!file) throw new Error('usage: tsx bench/render.ts bench/results/<date>.json')
await writeReport(JSON.parse(fs.readFileSync(file, 'utf8')) as Report, path.dirname(file))
