import { describe, expect, it } from 'vitest'

import { parseDatabaseUri } from '../../src/db/databaseUri'

const cwd = '/srv/zhongcao'

describe('parseDatabaseUri', () => {
  it('uses the embedded SQLite file when DATABASE_URI is unset, a separate one for dev', () => {
    expect(parseDatabaseUri(undefined, { nodeEnv: 'production', cwd })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/zhongcao/data/zhongcao.db',
      file: '/srv/zhongcao/data/zhongcao.db',
    })
    expect(parseDatabaseUri('  ', { nodeEnv: 'development', cwd }).url).toBe(
      'file:/srv/zhongcao/data/zhongcao-dev.db',
    )
  })

  it('resolves a relative file: path against the working directory', () => {
    expect(parseDatabaseUri('file:./tmp/a.db', { nodeEnv: 'production', cwd }).url).toBe(
      'file:/srv/zhongcao/tmp/a.db',
    )
  })

  it('recognises PostgreSQL and MongoDB URIs and keeps them as given', () => {
    for (const url of ['postgres://u@db:5432/cms', 'postgresql://u@db/cms']) {
      expect(parseDatabaseUri(url, { nodeEnv: 'production', cwd })).toEqual({ kind: 'postgres', url })
    }
    for (const url of ['mongodb://a,b,c/cms?replicaSet=rs0', 'mongodb+srv://cluster.example/cms']) {
      expect(parseDatabaseUri(url, { nodeEnv: 'production', cwd })).toEqual({ kind: 'mongodb', url })
    }
  })

  it('rejects other schemes without echoing credentials', () => {
    expect(() => parseDatabaseUri('mysql://root:hunter2@db/cms', { nodeEnv: 'production', cwd })).toThrow(
      /DATABASE_URI must be .*got "mysql:…"/,
    )
    expect(() => parseDatabaseUri('mysql://root:hunter2@db/cms', { nodeEnv: 'production', cwd })).not.toThrow(
      /hunter2/,
    )
  })
})
