/**
 * METRICS.md's KPIs as BigQuery standard-SQL views over the export (one file a view, created in order). Written
 * to run unchanged on DuckDB too (the test shims UNIX_MILLIS): no SAFE_DIVIDE, COUNTIF, QUALIFY or PERCENTILE_CONT;
 * median and p90 are PERCENTILE.INC by hand (rank p·(n−1), linear interpolation), like the KPI engine.
 * Business hours come from the export's computed columns: the calendar (opening hours, holidays) is not SQL.
 */

const REPURCHASE_MS = 30 * 86_400_000;

/** Over rows (x, i = 0-based rank, n = group size) of one group; an aggregate expression. */
function percentile(p: number): string {
  const rank = `${p} * (n - 1)`;
  const at = (i: string) => `MAX(CASE WHEN i = ${i} THEN x END)`;
  const lo = `FLOOR(${rank})`;
  const hi = `LEAST(FLOOR(${rank}) + 1, n - 1)`;
  const frac = `(${p} * (MAX(n) - 1) - FLOOR(${p} * (MAX(n) - 1)))`;
  return `${at(lo)} + (${at(hi)} - ${at(lo)}) * ${frac}`;
}

export function kpiViews(dataset: string): { name: string; sql: string }[] {
  const d = dataset;
  const ticketFacts = `CREATE OR REPLACE VIEW ${d}.ticket_facts AS
SELECT
  t.*,
  UNIX_MILLIS(t.created_at) AS created_ms,
  COALESCE(t.priority, 'normal') AS priority_key,
  t.status IN ('resolved', 'closed') AS is_resolved,
  CASE WHEN t.first_reply_at >= t.created_at THEN (UNIX_MILLIS(t.first_reply_at) - UNIX_MILLIS(t.created_at)) / 3600000 END AS first_reply_hours,
  CASE WHEN t.status IN ('resolved', 'closed') AND t.resolved_at >= t.created_at
    THEN (UNIX_MILLIS(t.resolved_at) - UNIX_MILLIS(t.created_at)) / 3600000 END AS resolution_hours,
  CASE WHEN t.status IN ('resolved', 'closed') AND t.resolved_at >= t.created_at
      AND COALESCE(t.waiting_hours, 0) >= 0 AND COALESCE(t.waiting_hours, 0) <= t.resolution_business_hours + 0.01
    THEN GREATEST(0, t.resolution_business_hours - COALESCE(t.waiting_hours, 0)) END AS requester_wait_business_hours
FROM ${d}.tickets t`;

  const cohort = `CREATE OR REPLACE VIEW ${d}.kpi_cohort AS
SELECT p.period_id, f.*
FROM ${d}.periods p
JOIN ${d}.ticket_facts f ON f.created_at >= p.start_at AND f.created_at < p.end_at`;

  const metrics: [string, string, string][] = [
    ['first_reply_hours', 'first_reply_hours', 'first_reply_hours'],
    ['first_reply_business_hours', 'first_reply_business_hours', 'first_reply_hours'],
    ['resolution_hours', 'resolution_hours', 'resolution_hours'],
    ['resolution_business_hours', 'resolution_business_hours', 'resolution_hours'],
    ['requester_wait_business_hours', 'requester_wait_business_hours', 'requester_wait_business_hours'],
  ];
  const durations = `CREATE OR REPLACE VIEW ${d}.kpi_durations AS
WITH v AS (
${metrics.map(([m, col, cond]) => `  SELECT period_id, '${m}' AS metric, ${col} AS x FROM ${d}.kpi_cohort WHERE ${cond} IS NOT NULL`).join('\n  UNION ALL\n')}
), r AS (
  SELECT period_id, metric, x,
    ROW_NUMBER() OVER (PARTITION BY period_id, metric ORDER BY x) - 1 AS i,
    COUNT(*) OVER (PARTITION BY period_id, metric) AS n
  FROM v
)
SELECT period_id, metric, COUNT(*) AS count, AVG(x) AS mean,
  ${percentile(0.5)} AS median,
  ${percentile(0.9)} AS p90
FROM r
GROUP BY period_id, metric`;

  const rate = (n: string, den: string) => `CASE WHEN ${den} > 0 THEN ${n} / ${den} END`;
  const kpi = `CREATE OR REPLACE VIEW ${d}.kpi AS
WITH cohort AS (
  SELECT c.period_id,
    COUNT(*) AS tickets,
    SUM(CASE WHEN c.status IS NOT NULL THEN 1 ELSE 0 END) AS status_known,
    SUM(CASE WHEN c.is_resolved THEN 1 ELSE 0 END) AS resolved,
    SUM(CASE WHEN c.is_resolved AND COALESCE(c.reopens, 0) >= 0 AND COALESCE(c.agent_replies, 0) >= 0 THEN 1 ELSE 0 END) AS one_touch_base,
    SUM(CASE WHEN c.is_resolved AND COALESCE(c.reopens, 0) = 0 AND COALESCE(c.agent_replies, 0) = 1 THEN 1 ELSE 0 END) AS one_touch,
    SUM(CASE WHEN c.is_resolved AND COALESCE(c.reopens, 0) >= 0 THEN 1 ELSE 0 END) AS reopen_base,
    SUM(CASE WHEN c.is_resolved AND COALESCE(c.reopens, 0) >= 1 THEN 1 ELSE 0 END) AS reopened,
    SUM(CASE WHEN c.first_reply_hours IS NOT NULL THEN 1 ELSE 0 END) AS sla_first_base,
    SUM(CASE WHEN c.first_reply_hours IS NOT NULL AND c.first_reply_business_hours <= s.first_reply_hours + 1e-9 THEN 1 ELSE 0 END) AS sla_first_met,
    SUM(CASE WHEN c.requester_wait_business_hours IS NOT NULL THEN 1 ELSE 0 END) AS sla_res_base,
    SUM(CASE WHEN c.requester_wait_business_hours <= s.resolution_hours + 1e-9 THEN 1 ELSE 0 END) AS sla_res_met,
    COUNT(DISTINCT CASE WHEN c.resolution IN ('refund', 'return_refund') AND TRIM(c.order_id) <> '' THEN TRIM(c.order_id) END) AS returned_orders
  FROM ${d}.kpi_cohort c
  LEFT JOIN ${d}.sla_targets s ON s.priority = c.priority_key
  GROUP BY c.period_id
), csat AS (
  SELECT p.period_id, COUNT(*) AS responses, SUM(CASE WHEN f.csat >= 4 THEN 1 ELSE 0 END) AS promoters, AVG(f.csat) AS csat_average
  FROM ${d}.periods p
  JOIN ${d}.ticket_facts f ON f.csat_at >= p.start_at AND f.csat_at < p.end_at AND f.csat BETWEEN 1 AND 5
  GROUP BY p.period_id
), surveys AS (
  SELECT p.period_id, COUNT(*) AS sent, SUM(CASE WHEN f.csat IS NOT NULL THEN 1 ELSE 0 END) AS answered
  FROM ${d}.periods p
  JOIN ${d}.ticket_facts f ON f.survey_sent_at >= p.start_at AND f.survey_sent_at < p.end_at AND (f.csat IS NULL OR f.csat BETWEEN 1 AND 5)
  GROUP BY p.period_id
), orders_in AS (
  SELECT p.period_id, COUNT(DISTINCT TRIM(o.order_id)) AS orders
  FROM ${d}.periods p
  JOIN ${d}.orders o ON o.order_date >= p.start_at AND o.order_date < p.end_at AND TRIM(o.order_id) <> ''
  GROUP BY p.period_id
), complainants AS (
  SELECT c.period_id, TRIM(c.customer_id) AS customer, MIN(c.created_ms) AS first_ms,
    MAX(CASE WHEN c.csat BETWEEN 4 AND 5 THEN 1 ELSE 0 END) AS happy
  FROM ${d}.kpi_cohort c
  WHERE TRIM(c.customer_id) <> ''
  GROUP BY c.period_id, TRIM(c.customer_id)
), bought AS (
  SELECT k.period_id, k.customer, k.first_ms, k.happy,
    MAX(CASE WHEN o.order_id IS NOT NULL THEN 1 ELSE 0 END) AS bought
  FROM complainants k
  LEFT JOIN ${d}.orders o ON TRIM(o.customer_id) = k.customer
    AND UNIX_MILLIS(o.order_date) > k.first_ms AND UNIX_MILLIS(o.order_date) <= k.first_ms + ${REPURCHASE_MS}
  GROUP BY k.period_id, k.customer, k.first_ms, k.happy
), retention AS (
  SELECT b.period_id,
    SUM(CASE WHEN b.first_ms + ${REPURCHASE_MS} <= UNIX_MILLIS(p.as_of) THEN 1 ELSE 0 END) AS eligible,
    SUM(CASE WHEN b.first_ms + ${REPURCHASE_MS} <= UNIX_MILLIS(p.as_of) AND b.bought = 1 THEN 1 ELSE 0 END) AS repurchased,
    SUM(CASE WHEN b.first_ms + ${REPURCHASE_MS} <= UNIX_MILLIS(p.as_of) AND (b.bought = 1 OR b.happy = 1) THEN 1 ELSE 0 END) AS recovered
  FROM bought b
  JOIN ${d}.periods p ON p.period_id = b.period_id
  GROUP BY b.period_id
)
SELECT
  p.period_id, p.from_date, p.to_date,
  COALESCE(c.tickets, 0) AS tickets,
${metrics.map(([m]) => `  ${m}.mean AS ${m}_mean, ${m}.median AS ${m}_median, ${m}.p90 AS ${m}_p90, COALESCE(${m}.count, 0) AS ${m}_count`).join(',\n')},
  ${rate('c.resolved', 'c.status_known')} AS resolution_rate,
  ${rate('c.one_touch', 'c.one_touch_base')} AS one_touch_rate,
  ${rate('c.reopened', 'c.reopen_base')} AS reopen_rate,
  ${rate('c.sla_first_met', 'c.sla_first_base')} AS sla_first_reply_rate,
  ${rate('c.sla_res_met', 'c.sla_res_base')} AS sla_resolution_rate,
  ${rate('q.promoters', 'q.responses')} AS csat_percent,
  q.csat_average AS csat_average,
  COALESCE(q.responses, 0) AS csat_responses,
  ${rate('s.answered', 's.sent')} AS csat_response_rate,
  ${rate('c.returned_orders', 'o.orders')} AS return_rate,
  ${rate('r.repurchased', 'r.eligible')} AS repurchase_30d_rate,
  ${rate('r.recovered', 'r.eligible')} AS recovery_rate,
  COALESCE(r.eligible, 0) AS eligible_complainants
FROM ${d}.periods p
LEFT JOIN cohort c ON c.period_id = p.period_id
LEFT JOIN csat q ON q.period_id = p.period_id
LEFT JOIN surveys s ON s.period_id = p.period_id
LEFT JOIN orders_in o ON o.period_id = p.period_id
LEFT JOIN retention r ON r.period_id = p.period_id
${metrics.map(([m]) => `LEFT JOIN ${d}.kpi_durations ${m} ON ${m}.period_id = p.period_id AND ${m}.metric = '${m}'`).join('\n')}`;

  const group = (dim: string, expr: string) => `  SELECT '${dim}' AS dimension, ${expr} AS group_key, f.* FROM ${d}.ticket_facts f`;
  const byGroup = `CREATE OR REPLACE VIEW ${d}.kpi_by_group AS
WITH g AS (
${group('reason', "COALESCE(f.reason, '(blank)')")}
  UNION ALL
${group('assignee', "CASE WHEN TRIM(f.assignee) = '' OR f.assignee IS NULL THEN '(unassigned)' ELSE TRIM(f.assignee) END")}
  UNION ALL
${group('channel', "COALESCE(f.channel, '(blank)')")}
  UNION ALL
${group('sku', "CASE WHEN TRIM(f.sku) = '' OR f.sku IS NULL THEN '(blank)' ELSE TRIM(f.sku) END")}
), tagged AS (
  SELECT p.period_id, g.*,
    g.created_at >= p.start_at AND g.created_at < p.end_at AS in_cohort,
    g.csat_at >= p.start_at AND g.csat_at < p.end_at AND g.csat BETWEEN 1 AND 5 AS responded
  FROM ${d}.periods p
  JOIN g ON (g.created_at >= p.start_at AND g.created_at < p.end_at) OR (g.csat_at >= p.start_at AND g.csat_at < p.end_at)
), medians AS (
  SELECT period_id, dimension, group_key, x,
    ROW_NUMBER() OVER (PARTITION BY period_id, dimension, group_key ORDER BY x) - 1 AS i,
    COUNT(*) OVER (PARTITION BY period_id, dimension, group_key) AS n
  FROM (SELECT period_id, dimension, group_key, first_reply_hours AS x FROM tagged WHERE in_cohort AND first_reply_hours IS NOT NULL) v
), median AS (
  SELECT period_id, dimension, group_key, ${percentile(0.5)} AS first_reply_hours_median
  FROM medians
  GROUP BY period_id, dimension, group_key
), counts AS (
  SELECT period_id, dimension, group_key,
    SUM(CASE WHEN in_cohort THEN 1 ELSE 0 END) AS tickets,
    SUM(CASE WHEN in_cohort AND status IS NOT NULL THEN 1 ELSE 0 END) AS status_known,
    SUM(CASE WHEN in_cohort AND is_resolved THEN 1 ELSE 0 END) AS resolved,
    SUM(CASE WHEN responded THEN 1 ELSE 0 END) AS responses,
    SUM(CASE WHEN responded AND csat >= 4 THEN 1 ELSE 0 END) AS promoters
  FROM tagged
  GROUP BY period_id, dimension, group_key
)
SELECT c.period_id, c.dimension, c.group_key, c.tickets,
  ${rate('c.resolved', 'c.status_known')} AS resolution_rate,
  ${rate('c.promoters', 'c.responses')} AS csat_percent,
  m.first_reply_hours_median
FROM counts c
LEFT JOIN median m ON m.period_id = c.period_id AND m.dimension = c.dimension AND m.group_key = c.group_key`;

  return [
    { name: 'ticket_facts', sql: ticketFacts },
    { name: 'kpi_cohort', sql: cohort },
    { name: 'kpi_durations', sql: durations },
    { name: 'kpi', sql: kpi },
    { name: 'kpi_by_group', sql: byGroup },
  ];
}
