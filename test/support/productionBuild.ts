import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const inputs = ['src', 'collections', 'migrations', 'payload.config.ts', 'next.config.mjs', 'package-lock.json']

function newestChange(entry: string): number {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))))
}

/**
 * The production suite tests what `npm run build && npm start` ships, so it needs a build of the
 * current sources: reuse `.next` when it is newer than every input, build otherwise.
 */
export default function ensureProductionBuild(): void {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  const sourcesChanged = Math.max(...inputs.map((input) => newestChange(path.join(root, input))))
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > sourcesChanged) return
  console.log('Building for production (npm run build)…')
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
}
