import type { FieldAccess } from 'payload'

import { canModerateUgc } from './canModerateUgc'

/** A coupon's code and brand are what an author was given once it is issued: from then on they stay. */
export const canEditUnissuedCoupon: FieldAccess = ({ req, doc }) => canModerateUgc({ req }) && !doc?.issuedTo
