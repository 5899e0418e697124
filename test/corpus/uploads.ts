import { expect } from 'vitest'

import type { CorpusFamily, UploadPart } from './types'

import { elfExecutable, noisePhoto, peExecutable, pixelBomb, scenePhoto, textFile, truncated } from '../support/ugcFiles'
import { accepted, numbered, refused, rest } from './builders'

const upload = (parts: () => Promise<UploadPart[]> | UploadPart[]) => ({ kind: 'upload' as const, as: 'anonymous' as const, parts })
const photo = () => scenePhoto('lipstick', 320, 240).jpeg().toBuffer()

/** The smallest MP4 file-type recognises: an `ftyp` box and an empty `mdat`. */
const mp4 = (): Buffer =>
  Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from('ftypisom'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2'),
    Buffer.from([0, 0, 0, 8]),
    Buffer.from('mdat'),
  ])

const SVG_WITH_SCRIPT = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"><script>window.__xss=1</script></svg>')
const HTML_PAGE = Buffer.from('<!doctype html><html><body><script>window.__xss=1</script></body></html>')

const unsupported = { code: 'UNSUPPORTED_FILE_TYPE', message: /不支持该文件类型/ }

/** Oversized and disguised files on the anonymous upload step (POST /api/ugc/uploads): nothing stored unless it really is an image. */
export const uploads: CorpusFamily = {
  family: 'uploads',
  cases: numbered('uploads', [
    {
      description: 'a text file named .jpg and declared image/jpeg',
      request: upload(() => [{ data: textFile(), name: 'photo.jpg' }]),
      expected: refused(unsupported),
    },
    {
      description: 'a Linux executable named .png',
      request: upload(() => [{ data: elfExecutable(), name: 'photo.png', type: 'image/png' }]),
      expected: refused(unsupported),
    },
    {
      description: 'a Windows executable named .webp',
      request: upload(() => [{ data: peExecutable(), name: 'photo.webp', type: 'image/webp' }]),
      expected: refused(unsupported),
    },
    {
      description: 'an SVG with script, declared image/svg+xml',
      request: upload(() => [{ data: SVG_WITH_SCRIPT, name: 'sticker.svg', type: 'image/svg+xml' }]),
      expected: refused(unsupported),
    },
    {
      description: 'an SVG with script named .jpg',
      request: upload(() => [{ data: SVG_WITH_SCRIPT, name: 'sticker.jpg' }]),
      expected: refused(unsupported),
    },
    {
      description: 'an HTML page named .jpg',
      request: upload(() => [{ data: HTML_PAGE, name: 'index.jpg' }]),
      expected: refused(unsupported),
    },
    {
      description: 'a GIF (not an accepted type)',
      request: upload(async () => [{ data: await scenePhoto('breakfast', 64, 48).gif().toBuffer(), name: 'anim.gif', type: 'image/gif' }]),
      expected: refused(unsupported),
    },
    {
      description: 'an empty file',
      request: upload(() => [{ data: Buffer.alloc(0), name: 'empty.jpg' }]),
      expected: refused({}),
    },
    {
      description: 'a truncated JPEG',
      request: upload(async () => [{ data: truncated(await photo()), name: 'half.jpg' }]),
      expected: refused({ code: 'IMAGE_UNREADABLE' }),
    },
    {
      description: 'a JPEG header followed by garbage',
      request: upload(() => [{ data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2_000, 0x41)]), name: 'fake.jpg' }]),
      expected: refused({ code: 'IMAGE_UNREADABLE' }),
    },
    {
      description: 'a pixel bomb: 10000×10000 pixels in a small PNG',
      request: upload(async () => [{ data: await pixelBomb(), name: 'bomb.png', type: 'image/png' }]),
      expected: refused({ code: 'IMAGE_TOO_LARGE' }),
    },
    {
      description: 'an image over the size limit (1 MB on this server)',
      request: upload(async () => [{ data: await noisePhoto(1_300_000), name: 'big.png', type: 'image/png' }]),
      expected: refused({ code: 'FILE_TOO_LARGE' }),
    },
    {
      description: 'a video over the size limit (1 MB on this server)',
      request: upload(() => [{ data: Buffer.concat([mp4(), Buffer.alloc(1_200_000)]), name: 'clip.mp4', type: 'video/mp4' }]),
      expected: refused({ code: 'FILE_TOO_LARGE' }),
    },
    {
      description: 'ten images (limit nine)',
      request: upload(async () => {
        const data = await photo()
        return Array.from({ length: 10 }, (_, index) => ({ data, name: `p${index}.jpg` }))
      }),
      expected: refused({ code: 'TOO_MANY_FILES' }),
    },
    {
      description: 'a video with an image',
      request: upload(async () => [
        { data: mp4(), name: 'clip.mp4', type: 'video/mp4' },
        { data: await photo(), name: 'p.jpg' },
      ]),
      expected: refused({ code: 'MIXED_MEDIA' }),
    },
    {
      description: 'a valid photo beside an executable: neither is stored',
      request: upload(async () => [
        { data: await photo(), name: 'ok.jpg' },
        { data: elfExecutable(), name: 'run.jpg' },
      ]),
      expected: refused(unsupported),
    },
    {
      description: 'no parts named files',
      request: upload(() => []),
      expected: refused({ code: 'NO_FILES' }),
    },
    {
      description: 'a JSON body instead of multipart',
      request: rest('POST', '/api/ugc/uploads', 'anonymous', { files: ['photo.jpg'] }),
      expected: refused({ code: 'NO_FILES' }),
    },
    {
      description: 'a multipart body that ends before its boundary',
      request: rest(
        'POST',
        '/api/ugc/uploads',
        'anonymous',
        '--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8',
        'multipart/form-data; boundary=xyz',
      ),
      expected: refused({}),
    },
    {
      description: 'a multipart body without a boundary parameter',
      request: rest('POST', '/api/ugc/uploads', 'anonymous', 'garbage', 'multipart/form-data'),
      expected: refused({}),
    },
    {
      description: 'a JPEG with an HTML page appended (a polyglot): accepted, re-encoded without the page',
      request: upload(async () => [{ data: Buffer.concat([await photo(), HTML_PAGE]), name: 'polyglot.jpg' }]),
      expected: accepted('ugc-media', (body: any) => expect(body.uploads[0]).toMatchObject({ kind: 'image', mimeType: 'image/jpeg' })),
    },
    {
      description: 'a PNG declared image/jpeg and named .gif: the content decides, stored as PNG',
      request: upload(async () => [{ data: await scenePhoto('breakfast', 64, 48).png().toBuffer(), name: 'photo.gif', type: 'image/jpeg' }]),
      expected: accepted('ugc-media', (body: any) => expect(body.uploads[0].mimeType).toBe('image/png')),
    },
  ]),
}
