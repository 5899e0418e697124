import type { Access } from 'payload'

/** Allows no one through the API; the system writes through hooks with overrideAccess. */
export const nobody: Access = () => false
