/** Per-reason guidance for the agent: the information checklist (built in) and the SOP steps (SOP tab, else built in). */
import type { RowOf } from '../../sheets-templates/schema';
import type { ReasonKey } from '../../sheets-templates/enums';
import checklists from '../../sheets-templates/data/checklists.json';
import sopData from '../../sheets-templates/data/sop.json';
import type { SopStepDto } from '../shared/dto';
import { SOP, findSheet } from '../workbook/tabs';
import { readTable } from '../workbook/table';
import type { ActionContext } from './context';

interface ChecklistEntry { reason: string; items: { key: string; en: string; zh: string }[] }
interface SopEntry { reason: string; steps: { stage: string; en: string; zh: string }[] }

export function reasonChecklist(reason: ReasonKey | null): { en: string; zh: string }[] {
  const entry = (checklists as ChecklistEntry[]).find((c) => c.reason === reason) ?? (checklists as ChecklistEntry[]).find((c) => c.reason === 'other');
  return (entry?.items ?? []).map((i) => ({ en: i.en, zh: i.zh }));
}

export function builtInSop(reason: ReasonKey | null): SopStepDto[] {
  const entry = (sopData as SopEntry[]).find((s) => s.reason === reason) ?? (sopData as SopEntry[]).find((s) => s.reason === 'other');
  return (entry?.steps ?? []).map((s) => ({ stage: s.stage, en: s.en, zh: s.zh }));
}

/** The shop's own steps from the SOP tab when it has any for this reason; the built-in steps otherwise. */
export function reasonSop(ctx: ActionContext, reason: ReasonKey | null): SopStepDto[] {
  if (!reason || !findSheet(ctx.ss, SOP)) return builtInSop(reason);
  const rows = readTable<RowOf<typeof SOP>>(ctx.ss, SOP, ctx.timeZone).rows.map((r) => r.record).filter((r) => r.reason === reason && (r.step || r.stepZh));
  return rows.length ? rows.map((r) => ({ stage: r.stage, en: r.step || r.stepZh, zh: r.stepZh || r.step })) : builtInSop(reason);
}

