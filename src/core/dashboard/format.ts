/** How Dashboard cells read: number formats per kind of figure, bilingual labels of keys, safe customer text. */
import { PRIORITIES, REASONS, ROOT_CAUSES, type EnumOption } from '../../../sheets-templates/enums';
import { localParts } from '../time';
import { clipText } from '../text';

export type CellValue = string | number | null;

/** Sheets number formats by kind of figure; a change keeps its sign so "+2.0%" reads as a rise. */
/**
 * Number formats of the Dashboard. Each figure ends in a literal space: a number is right-aligned, and the text
 * column beside it is left-aligned, so without it "69.7%" and "83 / 119" touch on screen and in print.
 */
export const FORMAT = {
  text: '@',
  count: '0" "',
  hours: '0.0" h "',
  rate: '0.0%" "',
  score: '0.00" "',
  seconds: '0.0" s "',
  countChange: '+0" ";-0" ";0" "',
  hoursChange: '+0.0" h ";-0.0" h ";0.0" h "',
  /** A change of a rate is in percentage points, shown as a percentage of the whole. */
  rateChange: '+0.0%" ";-0.0%" ";0.0%" "',
  scoreChange: '+0.00" ";-0.00" ";0.00" "',
} as const;

export type FigureKind = 'count' | 'hours' | 'rate' | 'score';

export function changeFormat(kind: FigureKind): string {
  return kind === 'count' ? FORMAT.countChange : kind === 'hours' ? FORMAT.hoursChange : kind === 'rate' ? FORMAT.rateChange : FORMAT.scoreChange;
}

/** current − previous, or null when either side has no value (an empty period is not a change of 0). */
export function change(current: number | null | undefined, previous: number | null | undefined): number | null {
  return current === null || current === undefined || previous === null || previous === undefined ? null : current - previous;
}

function enumLabel(list: readonly EnumOption[], key: string): string {
  const o = list.find((e) => e.key === key);
  if (o) return `${o.en} · ${o.zh}`;
  if (key === '(blank)') return 'Blank · 空白';
  if (key === '(unassigned)') return 'Unassigned · 未分配';
  return key;
}

export const reasonLabel = (key: string): string => enumLabel(REASONS, key);
export const rootCauseLabel = (key: string): string => enumLabel(ROOT_CAUSES, key);
export const priorityLabel = (key: string): string => enumLabel(PRIORITIES, key);

/** Customer-written text must stay literal: a leading apostrophe keeps "=…" or "+…" from becoming a formula. */
export function literalText(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const cut = clipText(t, max);
  return /^[=+\-@]/.test(cut) ? `'${cut}` : cut;
}

/** 'YYYY-MM-DD HH:MM' in the workbook zone. */
export function localStamp(timeZone: string, ms: number): string {
  const p = localParts(timeZone, ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}
