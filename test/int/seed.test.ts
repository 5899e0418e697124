import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demoUsers'
import { demoApiKey, seed } from '../../seed/seed'
import { useTestPayload } from '../support/testPayload'
import { TEST_SECRET } from '../support/testDatabase'

describe('seed', () => {
  const payload = useTestPayload('seed')

  it('creates one demo account per role, the admin first', async () => {
    const logins = await seed(payload())
    expect(logins.map((login) => [login.email, login.created])).toEqual(
      DEMO_USERS.map((demo) => [demo.email, true]),
    )
    const admin = await payload().find({ collection: 'users', sort: 'createdAt', limit: 1 })
    expect(admin.docs[0]?.roles).toEqual(['admin'])

    const login = await payload().login({
      collection: 'users',
      data: { email: 'editor@zhongcao.local', password: DEMO_PASSWORD },
    })
    expect(login.user?.roles).toEqual(['editor'])
  })

  it('is idempotent: a second run creates nothing and prints the same logins', async () => {
    const before = await payload().find({ collection: 'users', limit: 0, sort: 'id' })
    const logins = await seed(payload())
    expect(logins.every((login) => !login.created)).toBe(true)
    const after = await payload().find({ collection: 'users', limit: 0, sort: 'id' })
    expect(after.docs.map((user) => user.id)).toEqual(before.docs.map((user) => user.id))
    expect(after.totalDocs).toBe(DEMO_USERS.length)
  })

  it('prints a publisher API key that really authenticates', async () => {
    const [publisher] = (await seed(payload())).filter((login) => login.apiKey)
    expect(publisher?.apiKey).toBe(demoApiKey(TEST_SECRET, 'publisher@zhongcao.local'))
    const { user } = await payload().auth({
      headers: new Headers({ Authorization: `users API-Key ${publisher?.apiKey}` }),
    })
    expect(user?.roles).toEqual(['publisher'])
  })
})
