import { describe, expect, it } from 'vitest'

import { lexicalDocument } from '../../corpus/xssPayloads'
import { XSS_PAYLOADS } from '../../corpus/strings'
import { lexicalParagraphs } from '../../../src/content/lexicalParagraphs'
import { masterBodyOf } from '../../../src/content/masterBody'
import { textSegments } from '../../../src/admin/VariantPreview/segments'
import { FORMAT_IDS } from '../../../src/platforms'
import { renderVariant } from '../../../src/platforms/render'

/** Tags a rendered WeChat article may contain: what Payload's converter writes for paragraphs and links. */
const SAFE_TAGS = new Set(['div', 'p', 'a', 'br', 'span', 'strong', 'em', 'u', 's', 'code', 'sub', 'sup'])

/** Every tag in the HTML, with its attributes: none may run script, whatever the text said. */
function expectInertHtml(html: string) {
  for (const [, name, attributes] of html.matchAll(/<\s*([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(SAFE_TAGS, `tag <${name}> in ${html}`).toContain(name!.toLowerCase())
    const parsed = [...attributes!.matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)'|[^\s>]+)/g)].map(([, key, raw, double, single]) => ({
      key: key!.toLowerCase(),
      value: double ?? single ?? raw!,
    }))
    // Every attribute is a name="value" pair, and the pairs are all there is (nothing left over that could be one).
    expect(attributes!.replace(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g, '').trim()).toBe('')
    for (const { key, value } of parsed) {
      expect(key, `attribute of <${name}>`).not.toMatch(/^on/)
      if (key === 'href' || key === 'src') expect(value.trim()).not.toMatch(/^(javascript|data|vbscript):/i)
    }
  }
  expect(html).not.toMatch(/<\s*(script|img|svg|iframe|style|math|details)/i)
}

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const link = (url: string, text: string, newTab = false) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { url, newTab, linkType: 'custom' },
  children: [textNode(text)],
})

describe('user text in rendered output stays text', () => {
  it('a shopper’s UGC text with script, reused as an asset’s master body, goes out inert in the WeChat article HTML', () => {
    for (const payload of XSS_PAYLOADS) {
      const { html, text } = masterBodyOf(lexicalParagraphs([`好用！${payload}`, '内容来自用户 @小鹿（小红书）']))
      expectInertHtml(html)
      // The words are all still there, as text.
      expect(text).toContain(payload)
      const article = renderVariant({ format: 'wechat-article', title: payload, body: html })
      expectInertHtml(article.text)
      expect(article.title).toBe(payload.slice(0, article.title!.length))
    }
  })

  it('drops javascript: and data: links and escapes quotes that would close an attribute', () => {
    const { html } = masterBodyOf(
      lexicalDocument([
        link('javascript:window.__xss=1', '点我领券'),
        link('data:text/html,<script>window.__xss=1</script>', '领奖'),
        link('" onmouseover="window.__xss=1', '悬停', true),
        link('https://shop.example.cn/p?q="><script>window.__xss=1</script>', '正常链接'),
      ]),
    )
    expectInertHtml(html)
    expect(html).toContain('点我领券')
    expect(html).toContain('href="https://shop.example.cn/p?q=&quot;&gt;&lt;script&gt;')
  })

  it('the digest made from an article body is the body’s text, never its markup', () => {
    const { html } = masterBodyOf(lexicalParagraphs(['<img src=x onerror=window.__xss=1> 秋冬护肤']))
    const { digest } = renderVariant({ format: 'wechat-article', title: 't', body: html })
    // Plain text for WeChat's digest field: the characters as typed, no element.
    expect(digest).toBe('<img src=x onerror=window.__xss=1> 秋冬护肤')
  })

  it('posts on every other platform are plain text carrying the payload verbatim, and the preview splits them into text segments', () => {
    for (const format of FORMAT_IDS.filter((id) => id !== 'wechat-article')) {
      for (const payload of XSS_PAYLOADS) {
        const rendered = renderVariant({ format, title: payload, body: payload, hashtags: [payload], mentions: [{ name: payload }] })
        const segments = textSegments(rendered)
        // The preview shows the post as segments of text (React escapes them); nothing is parsed as markup.
        expect(segments.map((segment) => segment.text).join('')).toBe(rendered.text)
      }
    }
  })
})
