import type { AllowedPhrase, TextMatch } from './types'

/**
 * Matching for every compliance scanner. Text is folded (NFKC, lower case, no combining marks, no
 * invisible format characters) so that ＮＯ．１, №1 and No.1 look alike and a zero-width space
 * cannot hide a term; each folded code unit remembers the original range it came from, so hits
 * point into the text the editor typed, emoji and all.
 */
export type FoldedText = {
  readonly text: string
  /** The original range behind folded offsets [start, end); end > start. */
  toMatch(start: number, end: number): TextMatch
}

export type Span = { start: number; end: number }

const COMBINING_MARK = /\p{M}/u
const MARKS_AND_FORMAT_CHARACTERS = /[\p{M}\p{Cf}]/gu
// Characters people put between the letters of a term ("no. 1", "top-1", "最 好") to dodge filters.
const SEPARATOR = /[\s.\-_·・•*~]/
const SEPARATORS = new RegExp(SEPARATOR.source, 'g')
const MAX_SEPARATOR_RUN = 3

// The report runs three scanners over each field in turn; remembering the last text folds it once.
// Phrases are folded uncached so that building a matcher does not evict the text being scanned.
let lastFolded: { original: string; folded: FoldedText } | undefined

export function foldText(original: string): FoldedText {
  if (lastFolded?.original !== original) lastFolded = { original, folded: foldUncached(original) }
  return lastFolded.folded
}

function foldUncached(original: string): FoldedText {
  const codes: number[] = []
  const sourceStart: number[] = []
  const sourceEnd: number[] = []
  const emit = (code: number, start: number, end: number) => {
    codes.push(code)
    sourceStart.push(start)
    sourceEnd.push(end)
  }
  let index = 0
  while (index < original.length) {
    const start = index
    const code = original.charCodeAt(start)
    index++
    // ASCII and CJK unified ideographs are nearly all of the text and NFKC leaves them alone:
    // folding them without normalize() keeps a long article well inside the time budget.
    if (isNormalizationStable(code) && !isCombiningMark(original.codePointAt(index))) {
      emit(code >= 0x41 && code <= 0x5a ? code + 0x20 : code, start, index)
      continue
    }
    index = nextCodePoint(original, start)
    // Marks stay with their base so a match never ends between a letter and its accent, or a
    // digit and its keycap (1️⃣).
    while (isCombiningMark(original.codePointAt(index))) index = nextCodePoint(original, index)
    const folded = original
      .slice(start, index)
      .normalize('NFKC')
      .toLowerCase()
      .replace(MARKS_AND_FORMAT_CHARACTERS, '')
    for (let unit = 0; unit < folded.length; unit++) emit(folded.charCodeAt(unit), start, index)
  }
  return {
    text: fromCharCodes(codes),
    toMatch(start, end) {
      const from = sourceStart[start]
      const to = sourceEnd[end - 1]
      return { text: original.slice(from, to), start: from, end: to }
    },
  }
}

const nextCodePoint = (text: string, index: number): number =>
  index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1)

const isNormalizationStable = (code: number): boolean =>
  code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)

const isCombiningMark = (codePoint: number | undefined): boolean =>
  codePoint !== undefined &&
  codePoint >= 0x300 &&
  !isNormalizationStable(codePoint) &&
  COMBINING_MARK.test(String.fromCodePoint(codePoint))

// String.fromCharCode takes its codes as arguments; chunks keep a long text under the engine's
// argument limit.
function fromCharCodes(codes: readonly number[]): string {
  const chunks: string[] = []
  for (let start = 0; start < codes.length; start += 8192) {
    chunks.push(String.fromCharCode(...codes.slice(start, start + 8192)))
  }
  return chunks.join('')
}

const isSeparator = (code: number): boolean => SEPARATOR.test(String.fromCharCode(code))

const isWordCode = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)

/** A Latin or digit edge of a phrase must not continue a word: Top1 is not in laptop1 or Top10. */
const isWordBoundary = (text: string, index: number): boolean =>
  !(isWordCode(text.charCodeAt(index - 1)) && isWordCode(text.charCodeAt(index)))

type TrieNode<T> = {
  readonly next: Map<number, TrieNode<T>>
  entry?: { value: T; unlessFollowedBy: readonly string[] }
}

export type PhraseEntry<T> = { phrase: string; value: T; unlessFollowedBy?: readonly string[] }

export type PhraseMatcher<T> = { readonly root: TrieNode<T> }

export type PhraseHit<T> = Span & { value: T }

/** The key a phrase is matched by: folded, without separators (NO.1 → no1). */
const phraseKey = (phrase: string): string => foldUncached(phrase).text.replace(SEPARATORS, '')

/** A trie of phrases. When two phrases share a key the earlier entry wins. */
export function createPhraseMatcher<T>(entries: Iterable<PhraseEntry<T>>): PhraseMatcher<T> {
  const root: TrieNode<T> = { next: new Map() }
  for (const { phrase, value, unlessFollowedBy = [] } of entries) {
    const key = phraseKey(phrase)
    if (key === '') continue
    let node = root
    // By UTF-16 code unit, as the text is walked: an astral character in a name still matches.
    for (let index = 0; index < key.length; index++) {
      const code = key.charCodeAt(index)
      let child = node.next.get(code)
      if (!child) {
        child = { next: new Map() }
        node.next.set(code, child)
      }
      node = child
    }
    node.entry ??= {
      value,
      unlessFollowedBy: unlessFollowedBy.map((after) => foldUncached(after).text),
    }
  }
  return { root }
}

/**
 * Leftmost-longest phrases in folded text, never overlapping each other nor an excluded span
 * (sorted, disjoint). One pass over the text with a trie walk per position, so the cost does not
 * grow with the number of phrases.
 */
export function matchPhrases<T>(
  text: string,
  matcher: PhraseMatcher<T>,
  excluded: readonly Span[] = [],
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = []
  let nextExcluded = 0
  let position = 0
  while (position < text.length) {
    while (nextExcluded < excluded.length && excluded[nextExcluded].end <= position) nextExcluded++
    const blocked = excluded[nextExcluded]
    if (blocked && blocked.start <= position) {
      position = blocked.end
      continue
    }
    const limit = blocked ? blocked.start : text.length
    const hit = isWordBoundary(text, position)
      ? longestPhraseAt(text, position, limit, matcher.root)
      : undefined
    if (hit) hits.push(hit)
    position = hit ? hit.end : position + 1
  }
  return hits
}

function longestPhraseAt<T>(
  text: string,
  start: number,
  limit: number,
  root: TrieNode<T>,
): PhraseHit<T> | undefined {
  let longest: PhraseHit<T> | undefined
  let node = root.next.get(text.charCodeAt(start))
  let end = start + 1
  while (node) {
    const entry = node.entry
    if (
      entry &&
      isWordBoundary(text, end) &&
      !entry.unlessFollowedBy.some((after) => text.startsWith(after, end))
    ) {
      longest = { start, end, value: entry.value }
    }
    if (node.next.size === 0) break
    let next = end
    while (next < limit && next - end < MAX_SEPARATOR_RUN && isSeparator(text.charCodeAt(next)))
      next++
    if (next >= limit) break
    node = node.next.get(text.charCodeAt(next))
    end = next + 1
  }
  return longest
}

/** Phrases whose text must not be reported: context phrases and the caller's brand/product names. */
export function createAllowMatcher(
  phrases: readonly AllowedPhrase[],
  names: readonly string[] = [],
): PhraseMatcher<string> {
  return createPhraseMatcher([
    ...phrases.map(({ phrase, unlessFollowedBy }) => ({ phrase, value: phrase, unlessFollowedBy })),
    ...names.map((name) => ({ phrase: name, value: name })),
  ])
}

export type TermHit<T> = { match: TextMatch; value: T }

/** Listed terms in a text, outside the allowed phrases, with offsets into the original text. */
export function findTerms<T>(
  original: string,
  terms: PhraseMatcher<T>,
  allowed?: PhraseMatcher<unknown>,
): TermHit<T>[] {
  const folded = foldText(original)
  const allowedSpans = allowed ? matchPhrases(folded.text, allowed) : []
  return matchPhrases(folded.text, terms, allowedSpans).map(({ start, end, value }) => ({
    match: folded.toMatch(start, end),
    value,
  }))
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
