import { ValidationError } from 'payload'

/** The field errors of a save that must be refused, as the admin UI receives them. */
export async function refusal(promise: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
  throw new Error('the save was expected to be refused')
}
