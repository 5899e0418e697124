// Adds up the JSON reports of every vitest run in a directory and prints one closing line,
// "Tests: N passed, N failed, N skipped", for a reader (or CI) that wants the total at a glance.
import fs from 'node:fs'
import path from 'node:path'

const dir = process.argv[2] ?? 'test-results'
const reports = fs.readdirSync(dir).filter((name) => /^vitest-.*\.json$/.test(name))
const total = { passed: 0, failed: 0, skipped: 0 }
for (const name of reports) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))
  total.passed += report.numPassedTests
  total.failed += report.numFailedTests
  total.skipped += report.numPendingTests + report.numTodoTests
}
console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(total.failed > 0 || reports.length === 0 ? 1 : 0)
