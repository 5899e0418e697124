import { z } from 'zod'

/** `NAME=` (as in .env.example) means unset: the variable's default applies. */
export const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema)
