/**
 * The request header through which the Express server tells Payload (running inside Next) who the
 * client is: the address Express resolved with its proxy settings (TRUST_PROXY), an IPv6 client
 * as its /64. Express always overwrites it, so a client cannot choose its own.
 */
export const CLIENT_ADDRESS_HEADER = 'x-zhongcao-client-address'

/** The client address of a Payload request, or `unknown` outside the HTTP server (Local API, jobs). */
export const clientAddressOf = (headers: Headers | undefined): string => headers?.get(CLIENT_ADDRESS_HEADER) || 'unknown'
