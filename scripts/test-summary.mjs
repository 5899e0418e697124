// Adds up the JSON reports of every vitest run in a directory and prints, last, each failed test with
// the start of its failure and one closing line "Tests: N passed, N failed, N skipped". CI shows only
// the tail of its output, so what failed has to be the last thing printed.
import fs from 'node:fs'
import path from 'node:path'

const dir = process.argv[2] ?? 'test-results'
const reports = fs.readdirSync(dir).filter((name) => /^vitest-.*\.json$/.test(name))
const total = { passed: 0, failed: 0, skipped: 0 }
const failures = []
for (const name of reports) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))
  total.passed += report.numPassedTests
  total.failed += report.numFailedTests
  total.skipped += report.numPendingTests + report.numTodoTests
  for (const file of report.testResults) {
    const file_ = path.relative(process.cwd(), file.name)
    // A file that failed before any test ran (an import error, a failing beforeAll) has no assertions.
    if (file.status === 'failed' && file.message) failures.push(`${file_}\n  ${file.message.split('\n').slice(0, 8).join('\n  ')}`)
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue
      const message = test.failureMessages.join('\n').split('\n').slice(0, 12).join('\n  ')
      failures.push(`${file_} > ${test.fullName}\n  ${message}`)
    }
  }
}
if (failures.length) console.log(`\nFailed:\n\n${failures.join('\n\n')}\n`)
console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(total.failed > 0 || failures.length > 0 || reports.length === 0 ? 1 : 0)
