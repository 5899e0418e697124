export { summarizeAssetStatus } from './assetStatus'
export { CONTENT_STATUSES, RELEASED_STATUSES, STATUS_LABELS, type ContentStatus } from './statuses'
export {
  allowedTargets,
  decideReschedule,
  decideTransition,
  statusAfterContentEdit,
  TRANSITIONS,
  type Actor,
  type Transition,
  type TransitionDecision,
  type TransitionRefusal,
  type TransitionRequest,
} from './transitions'
