import { expect } from 'vitest'

import type { CorpusFamily } from './types'

import { scenePhoto } from '../support/ugcFiles'
import { accepted, harmlessRead, numbered, refused, rest } from './builders'

const FILENAMES: [string, string][] = [
  ['a relative path up to /etc/passwd', '../../etc/passwd'],
  ['a relative path ending in .jpg', '../../../tmp/evil.jpg'],
  ['Windows backslashes', '..\\..\\windows\\system32\\evil.jpg'],
  ['an absolute path', '/etc/cron.d/evil.jpg'],
  ['a URL-encoded traversal', '%2e%2e%2f%2e%2e%2fetc%2fpasswd.jpg'],
  ['doubled dots that survive one strip', '....//....//evil.jpg'],
  ['a name of 1,000 characters', `${'长'.repeat(1_000)}.jpg`],
  ['a reserved Windows device name', 'CON.jpg'],
  ['a dot file', '.htaccess'],
  ['a trailing slash', 'photo.jpg/'],
  ['a right-to-left override hiding .exe', 'photo\u202Egpj.exe'],
  ['a newline (header injection)', 'photo.jpg\r\nContent-Type: text/html'],
]

/** The upload is stored under a random name in the media directory, whatever the file was called. */
const storedUnderOwnName = (body: any) => {
  expect(body.uploads).toHaveLength(1)
  expect(body.uploads[0]).toMatchObject({ kind: 'image', mimeType: 'image/jpeg' })
  expect(JSON.stringify(body)).not.toMatch(/etc|passwd|\.\.|system32/)
}

/** Path traversal in upload filenames, and in the paths of the file routes. */
export const pathTraversal: CorpusFamily = {
  family: 'path-traversal',
  cases: numbered('traversal', [
    ...FILENAMES.map(([what, name]) => ({
      description: `anonymous upload of a real photo named with ${what}: stored under a random name`,
      request: {
        kind: 'upload' as const,
        as: 'anonymous' as const,
        parts: async () => [{ data: await scenePhoto('breakfast', 96, 72).jpeg().toBuffer(), name }],
      },
      expected: accepted('ugc-media', storedUnderOwnName),
    })),
    {
      description: 'anonymous upload of a photo named with a NUL byte before a second extension: refused as a malformed upload',
      request: {
        kind: 'upload' as const,
        as: 'anonymous' as const,
        parts: async () => [{ data: await scenePhoto('breakfast', 96, 72).jpeg().toBuffer(), name: 'photo.jpg\u0000.php' }],
      },
      expected: refused({ code: 'INVALID_UPLOAD' }),
    },
    {
      description: 'anonymous upload of a photo with an empty file name: not a file part at all',
      request: {
        kind: 'upload' as const,
        as: 'anonymous' as const,
        parts: async () => [{ data: await scenePhoto('breakfast', 96, 72).jpeg().toBuffer(), name: '' }],
      },
      expected: refused({ code: 'NO_FILES' }),
    },
    ...[
      '/api/ugc-media/file/..%2f..%2f..%2fetc%2fpasswd',
      '/api/ugc-media/file/%2e%2e%2f%2e%2e%2fpackage.json',
      '/api/media/file/..%2f..%2fpayload.config.ts',
      '/api/media/file/..%5c..%5cpackage.json',
      '/api/media/file/photo.jpg%00.png',
      '/media/..%2f..%2fetc%2fpasswd',
      '/media/%2e%2e%2fpackage.json?expires=9999999999&signature=x',
      '/api/kols/..%2fusers',
      '/api/content-assets/..%2f..%2fusers%2f1',
    ].map((path) => ({
      description: `admin asks for ${path}: no file outside the media directory, no record of another collection`,
      request: rest('GET', path, 'admin'),
      expected: { ...refused({}), unchanged: [] },
    })),
    {
      description: 'the normal files route still serves a stored name (the traversal refusals are not everything refused)',
      request: rest('GET', '/api/kols?limit=1&depth=0', 'admin'),
      expected: harmlessRead(),
    },
  ]),
}
