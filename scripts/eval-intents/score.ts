// Scoring helpers for the intent evaluation: accuracy, "no reason" rate and language-id per language, recall per reason.
import { LANGUAGES, REASONS, type LanguageKey, type ReasonKey } from '../../sheets-templates/enums';

export interface Prediction {
  text: string;
  language: LanguageKey;
  intent: ReasonKey | null;
  gotIntent: ReasonKey | null;
  gotLanguage: LanguageKey;
}

export interface LanguageRow {
  language: LanguageKey;
  n: number;
  accuracy: number;
  /** Share of messages the detector named no reason for. */
  noReason: number;
  /** Share of messages labelled with no reason (for comparison). */
  labelledNoReason: number;
  languageId: number;
}

export interface Report {
  n: number;
  accuracy: number;
  noReason: number;
  languageId: number;
  perLanguage: LanguageRow[];
  perReason: { reason: ReasonKey | 'none'; n: number; recall: number; precision: number }[];
  misses: Prediction[];
}

export function score(preds: readonly Prediction[]): Report {
  const rate = (rows: readonly Prediction[], f: (p: Prediction) => boolean) => (rows.length ? rows.filter(f).length / rows.length : 0);
  const perLanguage = LANGUAGES.map((l) => {
    const rows = preds.filter((p) => p.language === l.key);
    return {
      language: l.key,
      n: rows.length,
      accuracy: rate(rows, (p) => p.gotIntent === p.intent),
      noReason: rate(rows, (p) => p.gotIntent === null),
      labelledNoReason: rate(rows, (p) => p.intent === null),
      languageId: rate(rows, (p) => p.gotLanguage === p.language),
    };
  }).filter((r) => r.n > 0);
  const labels: (ReasonKey | null)[] = [...REASONS.map((r) => r.key), null];
  const perReason = labels.map((label) => {
    const actual = preds.filter((p) => p.intent === label);
    const predicted = preds.filter((p) => p.gotIntent === label);
    return {
      reason: label ?? ('none' as const),
      n: actual.length,
      recall: rate(actual, (p) => p.gotIntent === label),
      precision: rate(predicted, (p) => p.intent === label),
    };
  }).filter((r) => r.n > 0);
  return {
    n: preds.length,
    accuracy: rate(preds, (p) => p.gotIntent === p.intent),
    noReason: rate(preds, (p) => p.gotIntent === null),
    languageId: rate(preds, (p) => p.gotLanguage === p.language),
    perLanguage,
    perReason,
    misses: preds.filter((p) => p.gotIntent !== p.intent),
  };
}

/** Language-identification confusion among the Latin-script languages (rows: labelled, columns: detected). */
export function languageConfusion(preds: readonly Prediction[], langs: readonly LanguageKey[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const a of langs) {
    out[a] = {};
    for (const b of [...langs, 'other']) out[a][b] = 0;
  }
  for (const p of preds) {
    if (!langs.includes(p.language)) continue;
    const got = langs.includes(p.gotLanguage) ? p.gotLanguage : 'other';
    out[p.language][got]++;
  }
  return out;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
