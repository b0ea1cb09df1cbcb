/** Who gets a new ticket: round robin or least open load, among active agents who speak the customer's language. */
import type { LanguageKey, RoleKey } from '../../sheets-templates/enums';

export interface Agent {
  email: string;
  name: string;
  role: RoleKey;
  languages: LanguageKey[];
  active: boolean;
  /** Compensation limit override from the Agents tab; null/undefined = the role's default. */
  limit?: number | null;
}

export type AssignmentMode = 'round_robin' | 'least_open';

export interface AssignmentChoice {
  assignee: string | null;
  /**
   * 'language' — picked among agents speaking the ticket's language (or any, when the ticket has none);
   * 'fallback_any_language' — nobody active speaks it, so any active agent; 'no_active_agent' — nobody to assign.
   */
  reason: 'language' | 'fallback_any_language' | 'no_active_agent';
}

function norm(s: string): string {
  return s.trim().toLowerCase();
}

/** Open tickets of an agent: the Assignee cell may hold the e-mail or the name, in any case. */
function loadOf(agent: Agent, load: Map<string, number>): number {
  const keys = new Set([norm(agent.email), norm(agent.name)]);
  let sum = 0;
  for (const [who, n] of load) if (keys.has(norm(who))) sum += n;
  return sum;
}

/**
 * Deterministic choice. Candidates are active agents speaking the language; when none does, every active agent.
 * Round robin takes the first candidate after `lastAssigned` in sheet order, wrapping around; least open takes the
 * smallest open load, ties broken in that same order, so equal loads still rotate.
 */
export function chooseAssigneeWithReason(
  agents: Agent[],
  ticket: { language: LanguageKey | null },
  openLoad: Map<string, number>,
  mode: AssignmentMode,
  lastAssigned: string | null,
): AssignmentChoice {
  const active = agents.filter((a) => a.active && a.email.trim());
  if (active.length === 0) return { assignee: null, reason: 'no_active_agent' };
  const speakers = ticket.language ? active.filter((a) => a.languages.includes(ticket.language!)) : active;
  const candidates = speakers.length > 0 ? speakers : active;
  const reason = speakers.length > 0 ? 'language' : 'fallback_any_language';

  // Rotation order: candidates after the last assignee's sheet position first, then from the top.
  const last = lastAssigned ? norm(lastAssigned) : '';
  const lastIndex = last ? agents.findIndex((a) => norm(a.email) === last || norm(a.name) === last) : -1;
  const position = (a: Agent) => {
    const i = agents.indexOf(a);
    return i > lastIndex ? i - agents.length : i; // after last → negative → earlier in the rotation
  };
  const rotation = [...candidates].sort((a, b) => position(a) - position(b));

  let pick = rotation[0]!;
  if (mode === 'least_open') {
    let best = Infinity;
    for (const a of rotation) {
      const n = loadOf(a, openLoad);
      if (n < best) {
        best = n;
        pick = a;
      }
    }
  }
  return { assignee: pick.email.trim(), reason };
}

export function chooseAssignee(
  agents: Agent[],
  ticket: { language: LanguageKey | null },
  openLoad: Map<string, number>,
  mode: AssignmentMode,
  lastAssigned: string | null,
): string | null {
  return chooseAssigneeWithReason(agents, ticket, openLoad, mode, lastAssigned).assignee;
}
