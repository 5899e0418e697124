import { spawn } from 'node:child_process'
import path from 'node:path'

import { TEST_SECRET } from './testDatabase'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * `npm run <script> -- …` as a person runs it (through npm, so `.npmrc`'s Node options apply), with
 * the test secret and the given environment; its exit code and everything it printed.
 */
export function runProjectScript(script: string, env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', PAYLOAD_SECRET: TEST_SECRET, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, output }))
  })
}
