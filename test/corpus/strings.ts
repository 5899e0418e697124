/** Unicode edge cases: each is legal text that tools and renderers get wrong. */
export const UNICODE_EDGE_CASES: readonly [string, string][] = [
  ['a right-to-left override that reverses what follows', '好评\u202Egpj.exe'],
  ['right-to-left and left-to-right marks', '\u200F评价\u200E review'],
  ['zero-width spaces and joiners inside a word', '面\u200B霜\u200C好\u200D用\u2060'],
  ['a byte order mark in the middle', '推荐\uFEFF购买'],
  ['a lone high surrogate', '半个表情\uD83D结尾'],
  ['a lone low surrogate', '\uDE00开头就断'],
  ['surrogate halves in the wrong order', '\uDE00\uD83D'],
  ['an emoji ZWJ family and skin tones', '全家都爱用👨‍👩‍👧‍👦👍🏽'],
  ['flags and keycaps', '🇨🇳🇯🇵 1️⃣ #️⃣'],
  ['NFKC confusables: full-width Latin and digits', 'ａｄｍｉｎ １３８００１３８０００'],
  ['mathematical alphanumerics that normalise to ASCII', '𝐚𝐝𝐦𝐢𝐧 𝟙𝟚𝟛'],
  ['combining marks stacked 60 deep (zalgo)', `Z${'\u0336\u0301'.repeat(60)}`],
  ['non-characters and private use', '\uFFFE\uFFFF\uE000 私用区'],
  ['line and paragraph separators', '第一行\u2028第二行\u2029第三段'],
  ['the Turkish dotted capital I (changes length in lower case)', 'İSTANBUL İİİ'],
  ['C0 and C1 control characters', 'bell\u0007 escape\u001B[31m red \u0085 next'],
]

/** What SQL and NoSQL injection attempts put into a filter value. */
export const INJECTION_STRINGS: readonly string[] = [
  "' OR 1=1 --",
  '" OR ""="',
  '1; DROP TABLE kols; --',
  "%' UNION SELECT email, hash FROM users --",
  "\\' OR 1=1 #",
  "1' AND SLEEP(5)#",
  "admin'--",
  "') OR ('a'='a",
  '{"$ne": null}',
  '{"$gt": ""}',
  '%',
  '_',
  '%_%',
  "';SELECT pg_sleep(5);--",
]

/** Script in every form a renderer could execute. */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
  '<a href="javascript:window.__xss=1">点我领券</a>',
  '<iframe srcdoc="<script>window.__xss=1</script>"></iframe>',
  "';window.__xss=1;//",
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<details open ontoggle=window.__xss=1>',
  '=HYPERLINK("https://evil.example.com","领奖")',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
]
