/**
 * Long jobs that resume: a job runs in steps, each under the document lock; its checkpoint lives in the document
 * properties and is saved before any write a step makes. Past ~4.5 minutes the job stops between steps and
 * continues in a one-off trigger; progress shows in a toast. Killed anywhere, the next run finishes the step.
 */
import { isUserError } from '../../core/errors';
import { withDocumentLock } from '../lock';
import { openContext, type ActionContext } from '../context';

/** Apps Script stops an execution at 6 minutes: leave room for the last step and the hand-over. */
export const BUDGET_MS = 270_000;
const PREFIX = 'afterdesk.job.';

export interface StepResult<S> {
  state: S;
  done: boolean;
  /** One line for the toast, English · Chinese. */
  progress: string;
}

export interface JobDef<S> {
  name: string;
  /** The top-level function a one-off trigger calls to continue. */
  handler: string;
  title: string;
  start(ctx: ActionContext): S;
  /** One bounded piece of work. Calls `save` with the state to resume from before each write it makes. */
  step(ctx: ActionContext, state: S, save: (s: S) => void): StepResult<S>;
}

export interface JobReport<S> {
  done: boolean;
  steps: number;
  resumed: boolean;
  continuesInTrigger: boolean;
  state: S;
  progress: string;
}

function props() {
  return PropertiesService.getDocumentProperties();
}

export function loadCheckpoint<S>(name: string): S | null {
  const raw = props().getProperty(PREFIX + name);
  return raw ? (JSON.parse(raw) as S) : null;
}

function saveCheckpoint<S>(name: string, state: S): void {
  props().setProperty(PREFIX + name, JSON.stringify(state));
}

function removeTriggers(handler: string): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
}

function toast(title: string, message: string): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, title, 10);
  } catch {
    // a trigger has no open editor to show it in: the progress is still in the checkpoint
  }
}

/** Runs (or resumes) a job until it is done or its time budget is spent. */
export function runJob<S>(job: JobDef<S>): JobReport<S> {
  const started = Date.now();
  const saved = loadCheckpoint<S>(job.name);
  let state = saved ?? withDocumentLock(() => job.start(openContext()));
  if (!saved) saveCheckpoint(job.name, state);
  removeTriggers(job.handler); // this run is the continuation: no stale one-off trigger stays behind
  // Should Google stop this run between a step's writes (a move in flight: its tickets in both tabs), the job
  // continues by itself a minute later instead of waiting for someone to run it again.
  ScriptApp.newTrigger(job.handler).timeBased().after(60_000).create();
  try {
    return steps(job, state, saved !== null, started);
  } catch (e) {
    // A user error (the job cannot go on as things are) stops the retries; a service failing or timing out
    // leaves the continuation in place, so a move it cut short is finished a minute later.
    if (isUserError(e)) removeTriggers(job.handler);
    throw e;
  }
}

function steps<S>(job: JobDef<S>, first: S, resumed: boolean, started: number): JobReport<S> {
  let state = first;
  let steps = 0;
  let progress = '';
  for (;;) {
    // The checkpoint is re-read under the lock: a second run of the same job (menu and trigger at once) never
    // works from a stale state, and stops when the other one has finished.
    const r = withDocumentLock((): StepResult<S> => {
      const current = loadCheckpoint<S>(job.name);
      if (current === null) return { state, done: true, progress: `${progress || job.title} (finished by another run · 已由另一次运行完成)` };
      return job.step(openContext(), current, (s) => saveCheckpoint(job.name, s));
    });
    steps++;
    state = r.state;
    progress = r.progress;
    if (r.done) {
      props().deleteProperty(PREFIX + job.name);
      removeTriggers(job.handler);
      toast(job.title, `${progress} ✓`);
      return { done: true, steps, resumed, continuesInTrigger: false, state, progress };
    }
    saveCheckpoint(job.name, state);
    if (Date.now() - started > BUDGET_MS) {
      // The one-off trigger made at the start continues it.
      toast(job.title, `${progress} — continues in a minute · 一分钟后继续`);
      return { done: false, steps, resumed, continuesInTrigger: true, state, progress };
    }
  }
}
