/** `kpi`, `alerts`, `intent`, `kb-search`, `survey-response`: the reporting and checking verbs of CLI.md. */
import { nowFlag, parse, resolveTime, str } from '../args';
import { intentBatch } from './intent-batch';
import { usage } from '../errors';
import { printJson, unwrap } from '../output';
import { openWorkbook, saveOpenWorkbook, openScratch } from '../workbook';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function kpiCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { from: { type: 'string' }, to: { type: 'string' }, 'as-of': { type: 'string' } });
  if (positionals.length !== 1) throw usage('usage: afterdesk kpi WB [--from D] [--to D] [--as-of T] --json');
  const from = str(flags, 'from');
  const to = str(flags, 'to');
  for (const [name, v] of [['from', from], ['to', to]] as const) if (v !== undefined && !DATE.test(v)) throw usage(`--${name} must be YYYY-MM-DD`);
  const asOf = nowFlag(flags, 'as-of');
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const asOfMs = resolveTime(asOf, wb.env.emu.timeZone);
  const result = unwrap<Record<string, unknown>>(wb.bundle.call('apiKpi', { from: from ?? null, to: to ?? null, asOf: asOfMs === undefined ? null : new Date(asOfMs).toISOString() }));
  printJson(result);
}

export async function alertsCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, {});
  if (positionals.length !== 1) throw usage('usage: afterdesk alerts WB [--now T] [--json]');
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  type Shown = { kind: string; severity: string; message: { en: string; zh: string } };
  const result = unwrap<{ alerts: (Shown & { absorbed: Shown[] })[]; mail: { sent: number; queued: number } }>(wb.bundle.call('apiCheckAlerts'));
  await saveOpenWorkbook(wb);
  if (flags.json) return printJson(result);
  for (const a of result.alerts) {
    console.log(`[${a.severity}] ${a.kind}: ${a.message.en}`);
    for (const x of a.absorbed) console.log(`    also explains ${x.kind}: ${x.message.en}`);
  }
  console.log(`${result.alerts.length} new incident(s); mail sent ${result.mail.sent}, queued ${result.mail.queued}`);
}

export async function intentCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { workbook: { type: 'string' }, batch: { type: 'string' } });
  const batch = str(flags, 'batch');
  if (batch !== undefined) return intentBatch(batch, positionals, flags);
  if (positionals.length < 1) throw usage('usage: afterdesk intent TEXT [--workbook WB] --json');
  const text = positionals.join(' ');
  const wbPath = str(flags, 'workbook');
  const wb = wbPath ? await openWorkbook(wbPath, {}) : await openScratch();
  const r = unwrap<{ intent: string | null; intents: { intent: string; score: number }[]; language: string; negated: string[]; priority: string }>(wb.bundle.call('apiDetectIntent', text));
  if (flags.json) return printJson({ intent: r.intent, intents: r.intents, language: r.language, negated: r.negated });
  console.log(`${r.intent ?? '(no intent)'} · language ${r.language} · priority ${r.priority}${r.negated.length ? ` · negated ${r.negated.join(', ')}` : ''}`);
}

export async function kbSearchCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { reason: { type: 'string' }, language: { type: 'string' }, sku: { type: 'string' } });
  if (positionals.length < 2) throw usage('usage: afterdesk kb-search WB QUERY [--reason R] [--language L] --json');
  const wb = await openWorkbook(positionals[0]!, {});
  const hits = unwrap<{ id: string; title: string; score: number; snippet: string }[]>(wb.bundle.call('apiKbSearch', positionals.slice(1).join(' '), { reason: str(flags, 'reason'), language: str(flags, 'language'), sku: str(flags, 'sku') }));
  if (flags.json) return printJson(hits);
  for (const h of hits) console.log(`${h.id}  ${h.score.toFixed(3)}  ${h.title}\n    ${h.snippet}`);
  if (hits.length === 0) console.log('(no match)');
}

export async function surveyResponseCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { ticket: { type: 'string' }, score: { type: 'string' }, comment: { type: 'string' }, solved: { type: 'string' } });
  const ticket = str(flags, 'ticket');
  const score = str(flags, 'score');
  if (positionals.length !== 1 || !ticket || score === undefined) throw usage('usage: afterdesk survey-response WB --ticket ID --score N [--comment TEXT]');
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const result = unwrap<{ outcome: string; ticketId: string | null }>(wb.bundle.call('apiSurveyResponse', { ticket, score: Number(score), comment: str(flags, 'comment') ?? '', solved: str(flags, 'solved') ?? '' }));
  await saveOpenWorkbook(wb);
  if (flags.json) return printJson(result);
  console.log(`${ticket}: ${result.outcome}`);
}
