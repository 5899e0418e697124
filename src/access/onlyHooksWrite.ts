import type { FieldAccess } from 'payload'

/**
 * Field-level: a derived value (a KOL's reputation, a campaign's committed budget) is never typed
 * in through any API; the hooks that derive it write with overrideAccess.
 */
export const onlyHooksWrite: FieldAccess = () => false
