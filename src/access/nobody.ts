/**
 * Allows no one through any API: append-only records, and values derived by hooks (a KOL's
 * reputation, a campaign's committed budget). The system writes them with overrideAccess. A plain
 * boolean, so it guards collections and fields alike.
 */
export const nobody = (): boolean => false
