import type { Access } from 'payload'

/** Allows anyone signed in: staff and machine users with an API key. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
