/**
 * A list query in the bracket notation Payload's REST API parses (`where[or][0][name][like]=…`),
 * so an export link carries the list view's filter, search and sort exactly.
 */
export function toQueryString(params: Record<string, unknown>): string {
  const parts: string[] = []
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null || value === '') return
    if (Array.isArray(value)) value.forEach((item, index) => add(`${key}[${index}]`, item))
    else if (typeof value === 'object') for (const [name, item] of Object.entries(value)) add(`${key}[${encodeURIComponent(name)}]`, item)
    else parts.push(`${key}=${encodeURIComponent(String(value))}`)
  }
  for (const [name, value] of Object.entries(params)) add(encodeURIComponent(name), value)
  return parts.join('&')
}
