import { expect } from 'vitest'

import type { CorpusFamily } from './types'

import { accepted, gql, numbered, refused, rest, SUBMIT_UGC, validAsset, validKol, validUgcInput } from './builders'
import { XSS_PAYLOADS } from './strings'

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (children: unknown[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children })
const link = (url: string, text: string) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { url, newTab: false, linkType: 'custom' },
  children: [textNode(text)],
})
/** A Lexical document as the admin's rich-text editor saves it. */
export const lexicalDocument = (...paragraphs: unknown[][]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: paragraphs.map(paragraph) },
})

const storedAs = (field: 'name' | 'title', sent: string) => (body: any) => expect(body.doc[field]).toBe(sent)

/**
 * Script in captions, UGC text, names, titles and rich text: legal input, stored exactly as data.
 * That it stays inert wherever it is shown is proven by the renderer unit tests
 * (test/unit/platforms/escaping.test.ts) and the admin preview browser test (test/e2e/xssPreview.browser.test.ts).
 */
export const xssPayloads: CorpusFamily = {
  family: 'xss',
  cases: numbered('xss', [
    ...XSS_PAYLOADS.map((payload) => ({
      description: `anonymous submitUgc with script in the text: stored as text — ${payload.slice(0, 40)}`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ text: `好用！${payload}` }) }),
      expected: accepted('ugc-submissions'),
    })),
    ...XSS_PAYLOADS.filter((payload) => payload.length <= 40).map((payload) => ({
      description: `anonymous submitUgc with script as the nickname — ${payload.slice(0, 40)}`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ nickname: payload }) }),
      expected: accepted('ugc-submissions'),
    })),
    ...XSS_PAYLOADS.map((payload) => ({
      description: `KOL manager names a KOL with script: stored exactly — ${payload.slice(0, 40)}`,
      request: rest('POST', '/api/kols', 'kolManager', validKol({ name: payload })),
      expected: accepted('kols', storedAs('name', payload)),
    })),
    ...XSS_PAYLOADS.map((payload) => ({
      description: `editor titles a content asset with script, and puts it in a Xiaohongshu caption: stored exactly — ${payload.slice(0, 40)}`,
      request: rest(
        'POST',
        '/api/content-assets',
        'editor',
        validAsset({ title: payload, variants: [{ format: 'xiaohongshu-image-note', title: '标题', body: payload }] }),
      ),
      expected: accepted('content-assets', storedAs('title', payload)),
    })),
    {
      description: 'editor saves a rich-text body with a <script> text node and an <img onerror> text node: stored as text nodes',
      request: rest(
        'POST',
        '/api/content-assets',
        'editor',
        validAsset({ body: lexicalDocument([textNode('<script>window.__xss=1</script>')], [textNode('<img src=x onerror=window.__xss=1>')]) }),
      ),
      expected: accepted('content-assets', (body: any) => expect(body.doc.body.root.children[0].children[0].text).toBe('<script>window.__xss=1</script>')),
    },
    {
      description: 'editor saves a rich-text body with a javascript: link',
      request: rest('POST', '/api/content-assets', 'editor', validAsset({ body: lexicalDocument([link('javascript:window.__xss=1', '点我领券')]) })),
      expected: accepted('content-assets'),
    },
    {
      description: 'editor saves a rich-text body with a data:text/html link and an html node type Lexical does not have',
      request: rest(
        'POST',
        '/api/content-assets',
        'editor',
        validAsset({
          body: lexicalDocument([
            link('data:text/html,<script>window.__xss=1</script>', 'x'),
            { type: 'html', html: '<script>window.__xss=1</script>', version: 1 },
          ]),
        }),
      ),
      expected: accepted('content-assets'),
    },
    {
      description: 'anonymous submitUgc with a javascript: source URL is refused (only http(s) links are kept)',
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ sourceUrl: 'javascript:window.__xss=1' }) }),
      expected: { status: '2xx', code: 'BAD_USER_INPUT', field: 'input.sourceUrl', unchanged: ['ugc-submissions', 'kols', 'content-assets'] },
    },
    {
      description: 'anonymous submitUgc with an http URL carrying script in its query: stored as a link',
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, {
        input: validUgcInput({ sourceUrl: 'https://www.xiaohongshu.com/explore/1?q="><script>window.__xss=1</script>' }),
      }),
      expected: accepted('ugc-submissions'),
    },
    {
      description: 'anonymous cannot write rich text anywhere: POST /api/content-assets without a login',
      request: rest('POST', '/api/content-assets', 'anonymous', validAsset({ title: '<script>window.__xss=1</script>' })),
      expected: refused({}),
    },
  ]),
}
