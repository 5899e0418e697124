import { describe, expect, it } from 'vitest'

import { allowedOrigins } from '../../src/config/origins'

describe('allowedOrigins', () => {
  it('allows no other origin by default, and keeps Payload’s cookie check as it is', () => {
    expect(allowedOrigins({})).toEqual({ cors: [], csrf: [] })
  })

  it('accepts the cookie from the CMS’s own origin and the allowed frontends only', () => {
    expect(allowedOrigins({ SERVER_URL: 'https://cms.brand.cn/', CORS_ORIGINS: 'https://shop.brand.cn,https://cms.brand.cn' })).toEqual({
      cors: ['https://shop.brand.cn', 'https://cms.brand.cn'],
      csrf: ['https://cms.brand.cn', 'https://shop.brand.cn'],
    })
    expect(allowedOrigins({ SERVER_URL: 'https://cms.brand.cn' })).toEqual({ cors: [], csrf: ['https://cms.brand.cn'] })
  })
})
