/** Per-group tallies (reason, agent, channel, SKU, root cause, day, week) filled in the one pass over tickets. */
import { median, rate } from './stats';
import type { GroupFigures } from './types';

/** The counts behind one group's figures; the definitions are METRICS.md's restricted to the group. */
export class GroupTally {
  tickets = 0;
  /** Cohort tickets whose status is known (the resolution-rate denominator). */
  statusKnown = 0;
  resolved = 0;
  oneTouchBase = 0;
  oneTouch = 0;
  responses = 0;
  promoters = 0;
  readonly firstReplyHours: number[] = [];

  figures(): GroupFigures {
    return {
      tickets: this.tickets,
      resolution_rate: rate(this.resolved, this.statusKnown),
      csat_percent: rate(this.promoters, this.responses),
      first_reply_hours_median: median(this.firstReplyHours),
      one_touch_rate: rate(this.oneTouch, this.oneTouchBase),
      csat_responses: this.responses,
    };
  }
}

/** Groups by key, created on first use. */
export class Breakdown {
  private readonly groups = new Map<string, GroupTally>();

  /** Pre-creates groups that must appear even when empty (every day of the period). */
  constructor(keys: readonly string[] = []) {
    for (const k of keys) this.groups.set(k, new GroupTally());
  }

  at(key: string): GroupTally {
    let g = this.groups.get(key);
    if (!g) {
      g = new GroupTally();
      this.groups.set(key, g);
    }
    return g;
  }

  figures(): Record<string, GroupFigures> {
    const out: Record<string, GroupFigures> = {};
    for (const [k, g] of this.groups) out[k] = g.figures();
    return out;
  }
}

/** Group keys for cells with nothing in them (an unknown value is a defect and joins no group). */
export const BLANK_KEY = '(blank)';
export const UNASSIGNED_KEY = '(unassigned)';
