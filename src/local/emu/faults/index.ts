/** Fault injection for the emulator: Apps Script's failures (plan.ts) and interleaved executions (scheduler.ts). */
export { FAULT_KINDS, MESSAGES, type FaultKind } from './messages';
export { FaultPlan, canHit, type FaultOptions, type ForcedFault, type FaultEvent } from './plan';
export { Interleaver, type InterleaveOptions, type PendingExecution } from './scheduler';
