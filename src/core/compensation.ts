/** Compensation authority: per-role limits, a per-agent override, a VIP multiplier, and who approves above them. */
import { ROLES, type RoleKey, type ValueTagKey } from '../../sheets-templates/enums';
import type { Agent } from './assignment';
import { UserError } from './errors';

export interface CompensationPolicy {
  /** Largest amount each role grants without approval; null = unlimited. */
  limits: { agent: number; lead: number; owner: number | null };
  /** Every limit is multiplied by this for a VIP customer (the seeds: more room to win back a valuable buyer). */
  vipMultiplier: number;
}

export const DEFAULT_COMPENSATION_POLICY: CompensationPolicy = {
  limits: { agent: 50, lead: 200, owner: null },
  vipMultiplier: 1.5,
};

export type CompensationVerdict = { ok: true } | { ok: false; needsApproval: true; limit: number; approverRole: RoleKey };

/**
 * A compensation amount as a number: a finite number ≥ 0 with at most 2 decimals, or text holding one
 * (thousands commas allowed). Anything else is a UserError `compensation_invalid`.
 */
export function parseCompensationAmount(amount: unknown): number {
  let n = NaN;
  if (typeof amount === 'number') n = amount;
  else if (typeof amount === 'string' && /^\s*\d[\d,]*(\.\d+)?\s*$/.test(amount)) n = Number(amount.replace(/[,\s]/g, ''));
  const cents = n * 100;
  if (!Number.isFinite(n) || n < 0 || Math.abs(Math.round(cents) - cents) > 1e-6) {
    const shown = String(amount).slice(0, 30);
    throw new UserError(
      'compensation_invalid',
      {
        en: `Compensation must be a non-negative amount with at most 2 decimals, got "${shown}".`,
        zh: `补偿金额必须是不小于 0 且最多两位小数的数字，收到“${shown}”。`,
      },
      'compensation',
    );
  }
  return n;
}

function roleLimit(role: RoleKey, policy: CompensationPolicy): number {
  const limit = policy.limits[role];
  return limit === null || limit === undefined ? Infinity : limit;
}

function forCustomer(limit: number, customerTag: ValueTagKey | null, policy: CompensationPolicy): number {
  if (customerTag !== 'vip' || !Number.isFinite(limit)) return limit;
  return Math.round(limit * policy.vipMultiplier * 100) / 100;
}

/** The agent's own authority for this customer: the Agents tab Limit if set, else the role's, × VIP multiplier. */
export function compensationLimit(agent: Agent, customerTag: ValueTagKey | null, policy: CompensationPolicy): number {
  const own = agent.limit === null || agent.limit === undefined ? roleLimit(agent.role, policy) : agent.limit;
  return forCustomer(own, customerTag, policy);
}

const ROLE_RANK: Record<RoleKey, number> = { agent: 0, lead: 1, owner: 2 };

/**
 * Within the limit → ok. Above it → needs approval from the lowest role above the agent's whose default limit
 * (× VIP) covers the amount; the owner when none does. `limit` is the agent's own limit for this customer.
 */
export function checkCompensation(amount: unknown, agent: Agent, customerTag: ValueTagKey | null, policy: CompensationPolicy): CompensationVerdict {
  const n = parseCompensationAmount(amount);
  const limit = compensationLimit(agent, customerTag, policy);
  if (n <= limit) return { ok: true };
  const higher = ROLES.map((r) => r.key).filter((r) => ROLE_RANK[r] > ROLE_RANK[agent.role]);
  const approverRole = higher.find((r) => n <= forCustomer(roleLimit(r, policy), customerTag, policy)) ?? 'owner';
  return { ok: false, needsApproval: true, limit, approverRole };
}

/**
 * Who approves `amount`: an active lead whose own limit (Agents tab override or the role's) covers it, else an
 * active owner whose limit covers it, else any active owner (the final word); null when there is none. Within a
 * role the first in sheet order wins, so the same person gets the same kind of request. `exclude` (the requester)
 * never approves their own grant.
 */
export function chooseApprover(
  agents: Agent[],
  amount: number,
  policy: CompensationPolicy,
  opts: { customerTag?: ValueTagKey | null; exclude?: string } = {},
): Agent | null {
  const excluded = (opts.exclude ?? '').trim().toLowerCase();
  const pool = agents.filter((a) => a.active && a.email.trim().toLowerCase() !== excluded);
  const covers = (a: Agent) => amount <= compensationLimit(a, opts.customerTag ?? null, policy);
  return (
    pool.find((a) => a.role === 'lead' && covers(a)) ??
    pool.find((a) => a.role === 'owner' && covers(a)) ??
    pool.find((a) => a.role === 'owner') ??
    null
  );
}
