import type { Access } from 'payload'

import { hasRole } from '../auth/roles'

/**
 * Brands, products and target personas are shared by content and KOL work, so editors and KOL
 * managers both keep them up to date.
 */
export const canManageCatalog: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'kol-manager')
