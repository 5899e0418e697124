import type { Role } from '../auth/roles'

/** 'system' is a scheduled job: it holds no role and only does what its job is. */
export type Actor = { roles: readonly Role[] } | 'system'

/** One allowed move of a state machine and who may make it (content variants, collaborations). */
export type RoleTransition<State extends string> = {
  from: State
  to: State
  by: readonly (Role | 'system')[]
}

export const findTransition = <State extends string>(
  table: readonly RoleTransition<State>[],
  from: State,
  to: State,
): RoleTransition<State> | undefined => table.find((transition) => transition.from === from && transition.to === to)

/** A user with several roles may do what any of them may (a small team's editor-reviewer). */
export const mayMake = <State extends string>(actor: Actor, transition: RoleTransition<State>): boolean =>
  (actor === 'system' ? ['system' as const] : actor.roles).some((kind) => transition.by.includes(kind))

/** The moves an actor may make from a state, in the order of the state list; conditions come later. */
export const targetsFor = <State extends string>(
  table: readonly RoleTransition<State>[],
  states: readonly State[],
  from: State,
  actor: Actor,
): State[] =>
  states.filter((to) => {
    const transition = findTransition(table, from, to)
    return transition !== undefined && mayMake(actor, transition)
  })
