import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { BackupFile } from './manifest'

/** Every regular file under `dir`, as sorted relative paths with forward slashes; none when it does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!fs.existsSync(dir)) return []
  const entries = await fs.promises.readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** Copies `from` to `to`, hashing the bytes on their way, so the checksum is of exactly what was written. */
export async function copyWithChecksum(from: string, to: string, relative: string): Promise<BackupFile> {
  await fs.promises.mkdir(path.dirname(to), { recursive: true })
  const hash = createHash('sha256')
  let bytes = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })
  await pipeline(fs.createReadStream(from), tap, fs.createWriteStream(to, { flags: 'wx' }))
  return { path: relative, bytes, sha256: hash.digest('hex') }
}

export async function checksumOf(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}

export type ChecksumProblem = { path: string; problem: 'missing' | 'size' | 'sha256' | 'unlisted' }

/** Each listed file present with its size and sha256, and no file in `dir` the manifest does not list. */
export async function verifyChecksums(dir: string, files: BackupFile[], ignore: string[]): Promise<ChecksumProblem[]> {
  const problems: ChecksumProblem[] = []
  const listed = new Set(files.map((file) => file.path))
  for (const present of await listFiles(dir)) if (!listed.has(present) && !ignore.includes(present)) problems.push({ path: present, problem: 'unlisted' })
  for (const file of files) {
    const location = path.join(dir, ...file.path.split('/'))
    if (!fs.existsSync(location)) {
      problems.push({ path: file.path, problem: 'missing' })
      continue
    }
    const actual = await checksumOf(location)
    if (actual.bytes !== file.bytes) problems.push({ path: file.path, problem: 'size' })
    else if (actual.sha256 !== file.sha256) problems.push({ path: file.path, problem: 'sha256' })
  }
  return problems
}
