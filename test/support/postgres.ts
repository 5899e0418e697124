import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type PostgresServer = { url: string; stop: () => void }

/** Debian keeps initdb and pg_ctl out of PATH, in /usr/lib/postgresql/<major>/bin. */
function postgresBinDir(): string {
  const debianRoot = '/usr/lib/postgresql'
  const candidates = fs.existsSync(debianRoot)
    ? fs
        .readdirSync(debianRoot)
        .sort((a, b) => Number(b) - Number(a))
        .map((major) => path.join(debianRoot, major, 'bin'))
    : []
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')))
  if (!found) {
    throw new Error('PostgreSQL server binaries not found: install them with `apt-get install postgresql`')
  }
  return found
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Starts a throw-away PostgreSQL server on a private port and socket directory, with the Debian
 * binaries. initdb refuses to run as root, so under root the cluster belongs to the `postgres`
 * system user that the Debian package creates. Durability is off: it is a test database.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir()
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhongcao-pg-'))
  const dataDir = path.join(root, 'data')
  const port = await freePort()
  const asRoot = process.getuid?.() === 0
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', root])

  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, command), args, { stdio: 'pipe' })

  run('initdb', ['-D', dataDir, '-U', 'zhongcao', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'])
  const options = [
    `-p ${port}`,
    `-k ${root}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ')
  run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(root, 'server.log'), '-w', 'start'])

  return {
    url: `postgres://zhongcao@127.0.0.1:${port}/postgres`,
    stop: () => {
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'])
      fs.rmSync(root, { recursive: true, force: true })
    },
  }
}
