/**
 * Erlang C for one interval of a chat queue, through the Erlang-B recurrence (never factorials), so it stays exact
 * and finite for thousands of agents: probability of waiting, service level, average speed of answer, occupancy,
 * and the smallest number of agents meeting a service-level target under an occupancy cap.
 */

export interface ErlangInterval {
  /** Contacts arriving in the interval. */
  arrivals: number;
  /** Length of the interval in seconds. */
  intervalSeconds: number;
  /** Average handling time in seconds. */
  ahtSeconds: number;
}

export interface IntervalMetrics {
  agents: number;
  /** Offered load A = arrivals × AHT ÷ interval, in Erlangs. */
  traffic: number;
  /** Erlang C: the probability that a contact waits at all (1 when agents ≤ traffic). */
  pWait: number;
  /** Share answered within the target seconds (0 when agents ≤ traffic: the queue grows without end). */
  serviceLevel: number;
  /** Average speed of answer in seconds (Infinity when agents ≤ traffic). */
  asaSeconds: number;
  /** Share of the agents' time spent handling contacts (A ÷ N, at most 1). */
  occupancy: number;
}

export interface ServiceTarget {
  /** Share of contacts to answer within `targetSeconds`, in (0, 1). */
  serviceLevel: number;
  targetSeconds: number;
  /** Occupancy cap in (0, 1]: agents ≥ A ÷ cap, so nobody is busy every minute of the hour. */
  maxOccupancy?: number;
}

function check(name: string, v: number, ok: boolean): void {
  if (!Number.isFinite(v) || !ok) throw new RangeError(`erlang: ${name} out of range: ${v}`);
}

export function trafficErlangs(i: ErlangInterval): number {
  check('arrivals', i.arrivals, i.arrivals >= 0);
  check('intervalSeconds', i.intervalSeconds, i.intervalSeconds > 0);
  check('ahtSeconds', i.ahtSeconds, i.ahtSeconds > 0);
  return (i.arrivals * i.ahtSeconds) / i.intervalSeconds;
}

/** Erlang B (blocking) for `agents` servers and `traffic` Erlangs: B(0) = 1, B(k) = A·B(k−1) ÷ (k + A·B(k−1)). */
export function erlangB(agents: number, traffic: number): number {
  check('agents', agents, Number.isInteger(agents) && agents >= 0);
  check('traffic', traffic, traffic >= 0);
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (traffic * b) / (k + traffic * b);
  return b;
}

/** Erlang C from Erlang B: C = N·B ÷ (N − A(1 − B)) for N > A; every contact waits (1) when N ≤ A. */
export function erlangCFromB(agents: number, traffic: number, b: number): number {
  if (traffic === 0) return 0;
  if (agents <= traffic) return 1;
  return (agents * b) / (agents - traffic * (1 - b));
}

export function erlangC(agents: number, traffic: number): number {
  return erlangCFromB(agents, traffic, erlangB(agents, traffic));
}

function metricsFrom(agents: number, traffic: number, pWait: number, aht: number, targetSeconds: number): IntervalMetrics {
  if (traffic === 0) return { agents, traffic, pWait: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0 };
  if (agents <= traffic) return { agents, traffic, pWait: 1, serviceLevel: 0, asaSeconds: Infinity, occupancy: 1 };
  const serviceLevel = 1 - pWait * Math.exp((-(agents - traffic) * targetSeconds) / aht);
  return { agents, traffic, pWait, serviceLevel, asaSeconds: (pWait * aht) / (agents - traffic), occupancy: traffic / agents };
}

/** The queue's figures with `agents` agents; the service level counts answers within `targetSeconds`. */
export function intervalMetrics(i: ErlangInterval, agents: number, targetSeconds = 0): IntervalMetrics {
  const traffic = trafficErlangs(i);
  check('targetSeconds', targetSeconds, targetSeconds >= 0);
  return metricsFrom(agents, traffic, erlangC(agents, traffic), i.ahtSeconds, targetSeconds);
}

/**
 * The smallest number of agents whose service level reaches the target and whose occupancy stays under the cap.
 * Walks up from ⌊A⌋ carrying the Erlang-B value, so 1,000 agents cost 1,000 steps, not 1,000².
 */
export function agentsRequired(i: ErlangInterval, target: ServiceTarget): IntervalMetrics {
  const traffic = trafficErlangs(i);
  check('serviceLevel', target.serviceLevel, target.serviceLevel > 0 && target.serviceLevel < 1);
  check('targetSeconds', target.targetSeconds, target.targetSeconds >= 0);
  const cap = target.maxOccupancy ?? 1;
  check('maxOccupancy', cap, cap > 0 && cap <= 1);
  if (traffic === 0) return metricsFrom(0, 0, 0, i.ahtSeconds, target.targetSeconds);
  const floorByOccupancy = Math.ceil(traffic / cap - 1e-9);
  let n = Math.floor(traffic);
  let b = erlangB(n, traffic);
  for (;;) {
    n++;
    b = (traffic * b) / (n + traffic * b);
    if (n < floorByOccupancy) continue;
    const m = metricsFrom(n, traffic, erlangCFromB(n, traffic, b), i.ahtSeconds, target.targetSeconds);
    if (m.serviceLevel >= target.serviceLevel && m.occupancy <= cap + 1e-12) return m;
  }
}

/** People to put on the rota so that `required` are actually taking contacts: ⌈required ÷ (1 − shrinkage)⌉. */
export function agentsToSchedule(required: number, shrinkage: number): number {
  check('shrinkage', shrinkage, shrinkage >= 0 && shrinkage < 1);
  check('required', required, required >= 0);
  // The epsilon keeps 14 ÷ 0.7 = 20.000000000000004 at 20.
  return Math.max(0, Math.ceil(required / (1 - shrinkage) - 1e-9));
}
