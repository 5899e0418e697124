import { describe, expect, it } from 'vitest'

import { hasRole, ROLE_LABELS, ROLES, STAFF_ROLES } from '../../src/auth/roles'

describe('roles', () => {
  it('has the five roles of the spec, each labelled in Chinese and English', () => {
    expect(ROLES).toEqual(['admin', 'editor', 'reviewer', 'kol-manager', 'publisher'])
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].zh).toMatch(/\p{Script=Han}/u)
      expect(ROLE_LABELS[role].en).toMatch(/^[A-Z]/)
    }
  })

  it('keeps publishers (machine users) out of the staff roles', () => {
    expect(STAFF_ROLES).not.toContain('publisher')
  })

  it('matches any of the asked roles and nothing for anonymous users', () => {
    expect(hasRole({ roles: ['editor', 'reviewer'] }, 'reviewer')).toBe(true)
    expect(hasRole({ roles: ['editor'] }, 'admin', 'reviewer')).toBe(false)
    expect(hasRole(null, 'admin')).toBe(false)
    expect(hasRole({ roles: null }, 'admin')).toBe(false)
  })
})
