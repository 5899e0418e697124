import type { Payload } from 'payload'

/**
 * The process-wide Payload instance, registered by `onInit`.
 *
 * Payload runs inside Next's server bundle; the Express server in src/server.ts is loaded outside
 * it, so a module-level variable would exist twice. A symbol on globalThis is shared by both, and
 * lets the server close the database on shutdown without creating a second instance and pool.
 */
const slot = Symbol.for('zhongcao.payload')

type Registry = { [slot]?: Payload }

export const registerPayloadInstance = (payload: Payload): void => {
  ;(globalThis as Registry)[slot] = payload
}

export const registeredPayloadInstance = (): Payload | undefined => (globalThis as Registry)[slot]
