import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'

import { useTestPayload } from '../support/testPayload'

const password = 'correct-horse-battery'

describe('users and roles', () => {
  const testPayload = useTestPayload('users')
  let payload: Payload
  let owner: User
  let editor: User

  it('makes the first account an administrator, whatever roles were asked for', async () => {
    payload = testPayload()
    owner = await payload.create({
      collection: 'users',
      data: { email: 'owner@brand.cn', password, roles: ['editor'] },
      overrideAccess: true,
    })
    expect([...owner.roles].sort()).toEqual(['admin', 'editor'])

    editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@brand.cn', password, roles: ['editor'] },
      user: owner,
      overrideAccess: false,
    })
    expect(editor.roles).toEqual(['editor'])
  })

  it('lets only administrators create accounts', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'intruder@brand.cn', password, roles: ['editor'] },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'intruder@brand.cn' } } })
    expect(totalDocs).toBe(0)
  })

  it('ignores a non-administrator who tries to give themself more roles', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: '林小雨', roles: ['admin'] },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('林小雨')
    expect(updated.roles).toEqual(['editor'])
  })

  it('shows non-administrators only their own account', async () => {
    const asEditor = await payload.find({ collection: 'users', user: editor, overrideAccess: false })
    expect(asEditor.docs.map((user) => user.email)).toEqual(['editor@brand.cn'])
    const asOwner = await payload.find({ collection: 'users', user: owner, overrideAccess: false })
    expect(asOwner.totalDocs).toBe(2)
  })

  it('authenticates a publisher by API key and gives it no admin-panel access', async () => {
    const apiKey = 'a3f1c2d4e5b6a7980123456789abcdef'
    await payload.create({
      collection: 'users',
      data: { email: 'shop@brand.cn', password, roles: ['publisher'], enableAPIKey: true, apiKey },
      user: owner,
      overrideAccess: false,
    })
    const { user, permissions } = await payload.auth({
      headers: new Headers({ Authorization: `users API-Key ${apiKey}` }),
    })
    expect(user?.email).toBe('shop@brand.cn')
    // Sanitized permissions drop false flags, so compare with a staff member's.
    expect(permissions.canAccessAdmin).not.toBe(true)
    const { token } = await payload.login({ collection: 'users', data: { email: 'editor@brand.cn', password } })
    const asEditor = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
    expect(asEditor.permissions.canAccessAdmin).toBe(true)

    const staff = await payload.auth({ headers: new Headers({ Authorization: `users API-Key not-${apiKey}` }) })
    expect(staff.user).toBeNull()
  })
})
