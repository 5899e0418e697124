/** The KOL CSV import's limits (one place to change them). */
export const KOL_IMPORT_LIMITS = {
  /** Largest file the admin accepts: about 100,000 rows of a wide KOL sheet. The CLI has no limit. */
  maxUploadBytes: 50 * 1024 * 1024,
  /** Findings kept in memory by a check or an import (the CSV report and the CLI's have these); all are counted. */
  issuesKept: 10_000,
  /** Findings sent to the admin with a check; the CSV report (`?format=csv`) has all that were kept. */
  issuesShown: 1_000,
  /** KOLs listed in the admin's dry-run plan; the summary counts them all. */
  kolsShown: 500,
} as const
