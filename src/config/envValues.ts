import { z } from 'zod'

/** `NAME=` (as in .env.example) means unset: the variable's default applies. */
export const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema)

/** Requests (or files, or submissions) a window may take; 0 switches the limit off. */
export const rateLimitOf = (fallback: number) => unsetWhenEmpty(z.coerce.number().int().min(0).default(fallback))
