import type { IncomingHttpHeaders } from 'node:http'

import { createServer } from 'node:http'

export type ReceivedRequest = { path: string; headers: IncomingHttpHeaders; body: string; receivedAt: number }

/** How to answer the nth request (from 1) to a path: a status code, or never ('hang'). */
export type Respond = (path: string, nth: number) => number | 'hang'

export type Receiver = {
  url: string
  requests: ReceivedRequest[]
  to: (path: string) => ReceivedRequest[]
  close: () => Promise<void>
}

/** A webhook receiver on 127.0.0.1 that keeps every request's raw body and headers. */
export async function startReceiver(respond: Respond): Promise<Receiver> {
  const requests: ReceivedRequest[] = []
  const to = (path: string) => requests.filter((request) => request.path === path)
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = request.url ?? '/'
      requests.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() })
      const answer = respond(path, to(path).length)
      if (answer === 'hang') return
      response.writeHead(answer, answer >= 300 && answer < 400 ? { Location: '/redirected' } : {}).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    to,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
