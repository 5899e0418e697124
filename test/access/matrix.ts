/**
 * Who may do what (SPEC §1, §3, §7): one row per collection and global Payload exposes, one cell
 * per role and operation. Written from the spec, not from the code; the tests in
 * test/int/accessMatrix.test.ts (Local API) and test/http/accessMatrix.test.ts (REST, GraphQL)
 * check every cell against the running system, and fail when a collection has no row.
 */

/** Every role of src/auth/roles.ts, anonymous, and publisher keys limited by channel or by brand. */
export const MATRIX_ROLES = ['anonymous', 'admin', 'editor', 'reviewer', 'kol-manager', 'publisher', 'publisher-douyin', 'publisher-brand'] as const
export type MatrixRole = (typeof MATRIX_ROLES)[number]

export const OPERATIONS = ['create', 'read', 'update', 'delete', 'readVersions'] as const
export type Operation = (typeof OPERATIONS)[number]

/**
 * What a scoped cell lets through, each checkable from the documents a role gets back:
 * - `self`: only the user's own account (users) or own rows (preferences);
 * - `released`: content assets with at least one approved, scheduled or published variant, and only
 *   those variants; limited keys also only their channels (publisher-douyin) or brand (publisher-brand).
 */
export type Scope = 'self' | 'released'
export type Cell = 'allowed' | 'denied' | { scope: Scope }

const A: Cell = 'allowed'
const D: Cell = 'denied'
const SELF: Cell = { scope: 'self' }
const RELEASED: Cell = { scope: 'released' }

type Cells = Partial<Record<Operation, Cell>>
/** create, read, update, delete (and readVersions where the collection keeps versions). */
const cells = (create: Cell, read: Cell, update: Cell, del: Cell, readVersions?: Cell): Cells => ({
  create,
  read,
  update,
  delete: del,
  ...(readVersions ? { readVersions } : {}),
})
const NONE = cells(D, D, D, D)
const NONE_V = cells(D, D, D, D, D)
/** The same cells for all three kinds of publisher key. */
const publishers = (row: Cells) => ({ publisher: row, 'publisher-douyin': row, 'publisher-brand': row })

export type MatrixRow = {
  kind: 'collection' | 'global'
  /** Payload's GraphQL exposes it (collections with `graphQL: false` are REST and Local API only). */
  graphQL: boolean
  /** Payload mounts no REST routes for it (its own migrations table). */
  rest?: false
  /** Why the row is as it is, when the spec does not say it in one word. */
  note?: string
  roles: Record<MatrixRole, Cells>
}

export const ACCESS_MATRIX: Record<string, MatrixRow> = {
  'content-assets': {
    kind: 'collection',
    graphQL: true,
    note: 'Editors write, reviewers save to approve/schedule (workflow decides the move), KOL managers read; publishers read released variants only, never drafts or versions.',
    roles: {
      anonymous: NONE_V,
      admin: cells(A, A, A, A, A),
      editor: cells(A, A, A, D, A),
      reviewer: cells(D, A, A, D, A),
      'kol-manager': cells(D, A, D, D, A),
      ...publishers(cells(D, RELEASED, D, D, D)),
    },
  },
  media: {
    kind: 'collection',
    graphQL: true,
    note: 'Editors upload content media, KOL managers briefs and deliverables; publishers get media through the publish feed, not this collection.',
    roles: {
      anonymous: NONE,
      admin: cells(A, A, A, A),
      editor: cells(A, A, A, A),
      reviewer: cells(D, A, D, D),
      'kol-manager': cells(A, A, A, D),
      ...publishers(NONE),
    },
  },
  kols: {
    kind: 'collection',
    graphQL: true,
    note: 'Public KOL profile readable by every signed-in user (publishers included); contact, contract and rates are PII fields.',
    roles: {
      anonymous: NONE,
      admin: cells(A, A, A, A),
      editor: cells(D, A, D, D),
      reviewer: cells(D, A, D, D),
      'kol-manager': cells(A, A, A, D),
      ...publishers(cells(D, A, D, D)),
    },
  },
  campaigns: {
    kind: 'collection',
    graphQL: true,
    note: 'Public campaign data readable by publishers; the budget is a PII field.',
    roles: {
      anonymous: NONE,
      admin: cells(A, A, A, A),
      editor: cells(D, A, D, D),
      reviewer: cells(D, A, D, D),
      'kol-manager': cells(A, A, A, D),
      ...publishers(cells(D, A, D, D)),
    },
  },
  collaborations: {
    kind: 'collection',
    graphQL: true,
    note: 'KOL managers run them; reviewers save a stage move on a submitted draft (every other field stays the managers’).',
    roles: {
      anonymous: NONE,
      admin: cells(A, A, A, A),
      editor: cells(D, A, D, D),
      reviewer: cells(D, A, A, D),
      'kol-manager': cells(A, A, A, D),
      ...publishers(NONE),
    },
  },
  'ugc-submissions': {
    kind: 'collection',
    graphQL: true,
    note: 'Nobody creates through the collection: anonymous shoppers submit through the intake (POST /api/ugc, submitUgc), which writes with overrideAccess.',
    roles: {
      anonymous: NONE,
      admin: cells(D, A, A, A),
      editor: cells(D, A, D, D),
      reviewer: cells(D, A, D, D),
      'kol-manager': cells(D, A, A, D),
      ...publishers(NONE),
    },
  },
  'ugc-media': {
    kind: 'collection',
    graphQL: true,
    note: 'Written only by the UGC intake.',
    roles: {
      anonymous: NONE,
      admin: cells(D, A, D, A),
      editor: cells(D, A, D, D),
      reviewer: cells(D, A, D, D),
      'kol-manager': cells(D, A, D, D),
      ...publishers(NONE),
    },
  },
  'reward-coupons': {
    kind: 'collection',
    graphQL: true,
    roles: {
      anonymous: NONE,
      admin: cells(A, A, A, A),
      editor: NONE,
      reviewer: NONE,
      'kol-manager': cells(A, A, A, D),
      ...publishers(NONE),
    },
  },
  ...Object.fromEntries(
    ['brands', 'products', 'personas'].map((slug) => [
      slug,
      {
        kind: 'collection',
        graphQL: true,
        note: 'Catalog shared by content and KOL work; publishers read it to show brand and product names.',
        roles: {
          anonymous: NONE,
          admin: cells(A, A, A, A),
          editor: cells(A, A, A, D),
          reviewer: cells(D, A, D, D),
          'kol-manager': cells(A, A, A, D),
          ...publishers(cells(D, A, D, D)),
        },
      } satisfies MatrixRow,
    ]),
  ),
  users: {
    kind: 'collection',
    graphQL: true,
    note: 'Administrators manage users and API keys; everyone else sees and edits only their own account (roles and key limits stay admin-only fields).',
    roles: {
      anonymous: NONE,
      admin: cells(A, A, A, A),
      editor: cells(D, SELF, SELF, D),
      reviewer: cells(D, SELF, SELF, D),
      'kol-manager': cells(D, SELF, SELF, D),
      ...publishers(cells(D, SELF, SELF, D)),
    },
  },
  'audit-log': {
    kind: 'collection',
    graphQL: true,
    note: 'Append-only: written by hooks with overrideAccess, not even administrators edit it.',
    roles: {
      anonymous: NONE,
      admin: cells(D, A, D, D),
      editor: cells(D, A, D, D),
      reviewer: cells(D, A, D, D),
      'kol-manager': cells(D, A, D, D),
      ...publishers(NONE),
    },
  },
  'publish-feed': {
    kind: 'collection',
    graphQL: false,
    note: 'Derived from content; publishers read it through publishFeed/publishedContent, which apply their scope.',
    roles: {
      anonymous: NONE,
      admin: cells(D, A, D, D),
      editor: NONE,
      reviewer: NONE,
      'kol-manager': NONE,
      ...publishers(NONE),
    },
  },
  webhooks: {
    kind: 'collection',
    graphQL: false,
    note: 'Settings: administrators only (the signing secret is an admin-only field).',
    roles: {
      anonymous: NONE,
      admin: cells(A, A, A, A),
      editor: NONE,
      reviewer: NONE,
      'kol-manager': NONE,
      ...publishers(NONE),
    },
  },
  'webhook-deliveries': {
    kind: 'collection',
    graphQL: false,
    note: 'Written by the delivery job only.',
    roles: {
      anonymous: NONE,
      admin: cells(D, A, D, D),
      editor: NONE,
      reviewer: NONE,
      'kol-manager': NONE,
      ...publishers(NONE),
    },
  },
  'payload-kv': {
    kind: 'collection',
    graphQL: true,
    note: 'Payload’s key-value store: system only.',
    roles: { anonymous: NONE, admin: NONE, editor: NONE, reviewer: NONE, 'kol-manager': NONE, ...publishers(NONE) },
  },
  'payload-jobs': {
    kind: 'collection',
    graphQL: true,
    note: 'The job queue: system only (running and queueing jobs is admin-only through jobs.access).',
    roles: { anonymous: NONE, admin: NONE, editor: NONE, reviewer: NONE, 'kol-manager': NONE, ...publishers(NONE) },
  },
  'payload-locked-documents': {
    kind: 'collection',
    graphQL: true,
    note: 'Which document a staff member has open in the admin; machine users never edit there.',
    roles: {
      anonymous: NONE,
      admin: cells(A, A, A, A),
      editor: cells(A, A, A, A),
      reviewer: cells(A, A, A, A),
      'kol-manager': cells(A, A, A, A),
      ...publishers(NONE),
    },
  },
  'payload-preferences': {
    kind: 'collection',
    graphQL: true,
    note: 'Each user’s own admin preferences (Payload’s rule).',
    roles: {
      anonymous: NONE,
      admin: cells(A, SELF, SELF, SELF),
      editor: cells(A, SELF, SELF, SELF),
      reviewer: cells(A, SELF, SELF, SELF),
      'kol-manager': cells(A, SELF, SELF, SELF),
      ...publishers(cells(A, SELF, SELF, SELF)),
    },
  },
  'payload-migrations': {
    kind: 'collection',
    graphQL: false,
    rest: false,
    note: 'Which migrations ran: read by administrators, written only by `payload migrate`.',
    roles: { anonymous: NONE, admin: cells(D, A, D, D), editor: NONE, reviewer: NONE, 'kol-manager': NONE, ...publishers(NONE) },
  },
  'payload-jobs-stats': {
    kind: 'global',
    graphQL: true,
    note: 'Job statistics: administrators read, the job runner writes.',
    roles: {
      anonymous: { read: D, update: D },
      admin: { read: A, update: D },
      editor: { read: D, update: D },
      reviewer: { read: D, update: D },
      'kol-manager': { read: D, update: D },
      ...publishers({ read: D, update: D }),
    },
  },
}

/**
 * Personal and commercial data (SPEC §1 PII: phone, WeChat ID, email, address, ID numbers,
 * contract terms, fees; §3 PIPL), field by field: only `readers` see it in any API, and only
 * `writers` change it (anyone else's value is dropped from the save).
 */
export type PiiRule = { collection: string; path: string; readers: readonly MatrixRole[]; writers: readonly MatrixRole[] }

const MANAGERS = ['admin', 'kol-manager'] as const
export const PII_FIELDS: readonly PiiRule[] = [
  { collection: 'kols', path: 'contact', readers: MANAGERS, writers: MANAGERS },
  { collection: 'kols', path: 'contract', readers: MANAGERS, writers: MANAGERS },
  { collection: 'kols', path: 'accounts.rateCard', readers: MANAGERS, writers: MANAGERS },
  { collection: 'kols', path: 'accounts.lowestRate', readers: MANAGERS, writers: [] },
  { collection: 'campaigns', path: 'budget', readers: MANAGERS, writers: MANAGERS },
  { collection: 'collaborations', path: 'fee', readers: MANAGERS, writers: MANAGERS },
  { collection: 'ugc-submissions', path: 'author.contact', readers: MANAGERS, writers: [] },
  { collection: 'ugc-submissions', path: 'licence.ipHash', readers: MANAGERS, writers: [] },
  { collection: 'ugc-submissions', path: 'author.contactKey', readers: [], writers: [] },
  { collection: 'webhooks', path: 'secret', readers: ['admin'], writers: ['admin'] },
]

/** Every cell of the matrix, for tests to check one by one. */
export const matrixCells = () =>
  Object.entries(ACCESS_MATRIX).flatMap(([slug, row]) =>
    MATRIX_ROLES.flatMap((role) =>
      Object.entries(row.roles[role]).map(([operation, cell]) => ({ slug, row, role, operation: operation as Operation, cell: cell as Cell })),
    ),
  )

export const describeCell = (role: MatrixRole, slug: string, operation: Operation, via: string) => `${role} ${operation} ${slug} via ${via}`
