import type { Access } from 'payload'

import { hasRole } from '../auth/roles'

/**
 * KOL managers run collaborations; reviewers also judge a KOL's submitted draft, so they may save
 * a stage move (every other field is the managers', and the stage rules decide which moves).
 */
export const canMoveCollaborations: Access = ({ req: { user } }) => hasRole(user, 'admin', 'kol-manager', 'reviewer')
