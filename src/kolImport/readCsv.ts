import { CsvError, parse, type Parser } from 'csv-parse'
import { pipeline } from 'node:stream/promises'

import type { Localized } from '../i18n/localized'

/** The bytes of a CSV file as they arrive: a file read stream, a request body, a test's chunks. */
export type CsvSource = AsyncIterable<Uint8Array>

/** One record of the file; `row` as a spreadsheet numbers it (the header is row 1). */
export type CsvRecord = { row: number; cells: string[] }

/** The file cannot be read on from `row`: wrong encoding, an unclosed quote. Nothing of it is imported. */
export class CsvFileError extends Error {
  constructor(
    readonly row: number,
    readonly reason: Localized,
  ) {
    super(reason.en)
    this.name = 'CsvFileError'
  }
}

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'gb18030'

/** A record longer than this is an unclosed quote swallowing the rest of the file, not a KOL. */
const MAX_RECORD_CHARS = 200_000
const DELIMITERS = [',', '\t', ';'] as const

/**
 * The file's encoding from its first bytes: a UTF-8 or UTF-16LE byte-order mark, else UTF-8 when
 * the first chunk is valid UTF-8, else GB18030 — what Excel on Chinese Windows saves as "CSV"
 * (GB18030 includes GBK and GB2312).
 */
export function detectEncoding(start: Uint8Array): { encoding: CsvEncoding; bomLength: number } {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 }
  if (start[0] === 0xff && start[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 }
  try {
    // `stream`: a character cut at the chunk's end is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: true })
    return { encoding: 'utf-8', bomLength: 0 }
  } catch {
    return { encoding: 'gb18030', bomLength: 0 }
  }
}

/** The separator of the first line: comma, or tab (Excel's "Unicode text") or semicolon if more frequent. */
export function detectDelimiter(firstText: string): string {
  const line = firstText.split(/\r?\n/, 1)[0] ?? ''
  const counts = DELIMITERS.map((delimiter) => line.split(delimiter).length - 1)
  const best = counts.indexOf(Math.max(...counts))
  return counts[best]! > 0 ? DELIMITERS[best]! : ','
}

class UndecodableError extends Error {}

/** The file's text, chunk by chunk, in the encoding its first bytes tell. */
async function* decode(source: CsvSource, onEncoding?: (encoding: CsvEncoding) => void): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null
  let head = new Uint8Array(0)
  const decodeChunk = (bytes: Uint8Array, stream: boolean) => {
    try {
      return decoder!.decode(bytes, { stream })
    } catch {
      throw new UndecodableError()
    }
  }
  const start = () => {
    const { encoding, bomLength } = detectEncoding(head)
    onEncoding?.(encoding)
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })
    return decodeChunk(head.subarray(bomLength), true)
  }
  for await (const chunk of source) {
    if (decoder) {
      yield decodeChunk(chunk, true)
      continue
    }
    head = Buffer.concat([head, chunk])
    // Enough bytes to see a byte-order mark and judge the encoding on more than a few characters.
    if (head.length >= 4096) yield start()
  }
  if (!decoder) yield start()
  yield decodeChunk(new Uint8Array(0), false)
}

const PARSE_ERRORS: Partial<Record<string, Localized>> = {
  CSV_QUOTE_NOT_CLOSED: { zh: '引号未闭合：从这一行起的内容无法读取', en: 'a quote is never closed: the file cannot be read from this row' },
  CSV_MAX_RECORD_SIZE: { zh: '这一行过长，可能是引号未闭合', en: 'this row is too long; a quote is probably never closed' },
  CSV_INVALID_CLOSING_QUOTE: { zh: '引号用法有误：带引号的单元格在结束引号后还有内容', en: 'a quoted cell has text after its closing quote' },
}

/**
 * The records of a CSV file, one at a time as the bytes arrive (csv-parse on a stream): the file is
 * never held in memory whole. UTF-8 with or without BOM, UTF-16LE with BOM and GB18030/GBK are read;
 * comma, tab or semicolon separated; quoted cells may hold separators, quotes ("") and line breaks.
 * Empty lines count as rows, as in a spreadsheet, so the row numbers match what the user sees.
 */
export async function* readCsvRecords(source: CsvSource, onEncoding?: (encoding: CsvEncoding) => void): AsyncGenerator<CsvRecord> {
  const text = decode(source, onEncoding)
  let row = 0
  let parser: Parser | undefined
  let feeding: Promise<void> | undefined
  try {
    // The separator is the first line's: the parser is made once the first text is decoded.
    const first = await text.next()
    if (first.done) return
    parser = parse({
      delimiter: detectDelimiter(first.value),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_CHARS,
    })
    feeding = pipeline(async function* () {
      yield first.value
      yield* text
    }, parser)
    // Reading the parser below sees the same failure; this only keeps it from going unhandled.
    feeding.catch(() => undefined)
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1
      yield { row, cells }
    }
  } catch (error) {
    // Records parsed before the failure may still sit in the parser's buffer: count those too.
    const failedRow = Math.max(row, parser?.info.records ?? 0) + 1
    if (error instanceof UndecodableError) {
      throw new CsvFileError(failedRow, {
        zh: '文件编码无法识别：请另存为“CSV UTF-8（逗号分隔）”后再上传',
        en: 'the file’s encoding is not readable: save it as “CSV UTF-8 (comma delimited)” and upload it again',
      })
    }
    if (error instanceof CsvError) {
      throw new CsvFileError(failedRow, PARSE_ERRORS[error.code] ?? { zh: `CSV 格式有误：${error.message}`, en: `malformed CSV: ${error.message}` })
    }
    throw error
  } finally {
    // A reader that stops early (a fatal header) must not leave the source half read and open:
    // destroying the parser ends the pipeline, which returns the text generator and so the source.
    parser?.destroy()
    if (!feeding) await text.return(undefined)
  }
}
