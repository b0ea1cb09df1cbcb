/** Rows written into a tab when set-up first creates it: the acting owner, the built-in replies, SOP and KB. */
import { REASONS, LANGUAGES } from '../../sheets-templates/enums';
import replies from '../../sheets-templates/data/replies.json';
import sop from '../../sheets-templates/data/sop.json';
import kb from '../../sheets-templates/data/kb-demo.json';
import type { SeedRows } from './setup';

const reasonLabel = (key: string | null) => REASONS.find((r) => r.key === key)?.en ?? '';
const languageLabel = (key: string | null) => LANGUAGES.find((l) => l.key === key)?.key ?? '';

export function demoSeeds(ownerEmail: string): SeedRows {
  const seeds: SeedRows = {};
  if (ownerEmail) seeds['Agents'] = [[ownerEmail, ownerEmail.split('@')[0] ?? ownerEmail, 'Owner', 'zh-CN, en, ms', true, '']];
  seeds['Replies'] = (replies as { reason: string; language: string; kind: string; text: string }[]).map((r) => [reasonLabel(r.reason), languageLabel(r.language), r.kind, r.text]);
  seeds['SOP'] = (sop as { reason: string; steps: { stage: string; en: string; zh: string }[] }[]).flatMap((s) => s.steps.map((st) => [reasonLabel(s.reason), st.stage, st.en, st.zh]));
  seeds['Knowledge Base'] = (kb as { id: string; title: string; question: string; answer: string; keywords: string; reason: string | null; sku: string; language: string | null; uses?: number }[]).map((a) => [
    a.id, a.title, a.question, a.answer, a.keywords, reasonLabel(a.reason), a.sku, languageLabel(a.language), '', 'published', '', a.uses ?? 0,
  ]);
  return seeds;
}
