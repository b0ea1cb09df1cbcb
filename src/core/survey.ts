/** Satisfaction surveys, pure: signed ticket references, form and mail texts per language, reading a response. */
import TEXTS from '../../sheets-templates/data/survey-texts.json';
import { LANGUAGES, enumKey, type LanguageKey } from '../../sheets-templates/enums';
import type { Agent } from './assignment';
import { asText, cutText } from './text';

export type SurveyTexts = (typeof TEXTS)['en'];
export type SolvedKey = 'yes' | 'no' | 'partly';

/**
 * A keyed digest of a message, as bytes. Apps Script's computeHmacSha256Signature returns signed bytes
 * (-128…127), Node's createHmac unsigned ones: both are accepted. The key never enters core.
 */
export type Mac = (message: string) => readonly number[];

// Base32 without i, l, o, u: a reference read out over chat cannot be mistyped as another valid one.
const SIGNATURE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const SIGNATURE_LENGTH = 6;

/** 30 bits of the keyed digest: a guessed reference is accepted once in a billion tries. */
export function referenceSignature(ticketId: string, mac: Mac): string {
  const bytes = mac(`afterdesk-survey:${ticketId.trim().toUpperCase()}`);
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | (b & 0xff)) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < SIGNATURE_LENGTH) {
      bits -= 5;
      out += SIGNATURE_ALPHABET[(acc >> bits) & 31];
    }
    if (out.length === SIGNATURE_LENGTH) break;
  }
  if (out.length < SIGNATURE_LENGTH) throw new Error('survey signature: digest too short');
  return out;
}

/** The reference printed in a survey link: `T-000123-k3f9a2`. */
export function signReference(ticketId: string, mac: Mac): string {
  const id = ticketId.trim().toUpperCase();
  return `${id}-${referenceSignature(id, mac)}`;
}

export type ReferenceCheck =
  | { status: 'valid'; ticketId: string }
  | { status: 'forged'; ticketId: string }
  | { status: 'malformed' };

// The ticket part holds a digit, so a bare ticket ID (`T-000123`) is never read as ticket `T` with a signature.
const REFERENCE = /^(.*\d.*)-([0-9a-z]{6})$/;

/** Full-width characters, stray spaces and typographic dashes (pasted from chat apps) are forgiven. */
export function normaliseReference(raw: unknown): string {
  return String(raw ?? '')
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-')
    .replace(/\s+/g, '');
}

export function checkReference(raw: unknown, mac: Mac): ReferenceCheck {
  const m = REFERENCE.exec(normaliseReference(raw).toLowerCase());
  if (!m) return { status: 'malformed' };
  const ticketId = m[1]!.toUpperCase();
  return sameText(referenceSignature(ticketId, mac), m[2]!) ? { status: 'valid', ticketId } : { status: 'forged', ticketId };
}

// Compares every character so the time taken does not reveal how much of a guess was right.
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

// ── Languages and texts ─────────────────────────────────────────────────────────────────────────────────────
const ALL_TEXTS = TEXTS as Record<LanguageKey, SurveyTexts>;
export const SURVEY_TEXT_LANGUAGES = Object.keys(ALL_TEXTS) as LanguageKey[];

// Readers of one script read the other; Malay and Indonesian are mutually intelligible; English is the last resort.
const NEAREST: Record<LanguageKey, LanguageKey[]> = {
  'zh-CN': ['zh-CN', 'zh-TW'],
  'zh-TW': ['zh-TW', 'zh-CN'],
  ms: ['ms', 'id'],
  id: ['id', 'ms'],
  en: ['en'],
  th: ['th'],
  vi: ['vi'],
};

/** The survey language for a customer among the languages the shop has forms for; null when it has none. */
export function surveyLanguageFor(customer: LanguageKey | null, available: readonly LanguageKey[]): LanguageKey | null {
  const wanted = [...(customer ? NEAREST[customer] : []), 'en' as const];
  return wanted.find((l) => available.includes(l)) ?? available[0] ?? null;
}

/** The Survey Languages setting (`en, zh-CN, ms`; Chinese names such as 马来语 work too), unknown words dropped. */
export function parseSurveyLanguages(items: readonly string[]): LanguageKey[] {
  const out: LanguageKey[] = [];
  for (const item of items) {
    const key = enumKey(LANGUAGES, item);
    if (key && !out.includes(key)) out.push(key);
  }
  return out;
}

export function surveyTexts(language: LanguageKey): SurveyTexts {
  return ALL_TEXTS[language] ?? ALL_TEXTS.en;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a typo in the texts is noticed. */
export function fillText(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? vars[name]! : whole));
}

export interface SurveyFormDefinition {
  language: LanguageKey;
  title: string;
  description: string;
  confirmation: string;
  score: { title: string; low: 1; high: 5; lowLabel: string; highLabel: string };
  solved: { title: string; choices: [string, string, string] };
  comment: { title: string };
  reference: { title: string; help: string };
}

/** What the script builds with FormApp, in item order: score, solved, comment, reference. */
export function surveyFormDefinition(language: LanguageKey, shopName: string): SurveyFormDefinition {
  const t = surveyTexts(language);
  const vars = { shop: shopName };
  return {
    language,
    title: fillText(t.formTitle, vars),
    description: fillText(t.formDescription, vars),
    confirmation: t.confirmation,
    score: { title: t.scoreTitle, low: 1, high: 5, lowLabel: t.scoreLow, highLabel: t.scoreHigh },
    solved: { title: t.solvedTitle, choices: [t.solvedYes, t.solvedNo, t.solvedPartly] },
    comment: { title: t.commentTitle },
    reference: { title: t.refTitle, help: t.refHelp },
  };
}

// ── Reading a response ──────────────────────────────────────────────────────────────────────────────────────
export interface SurveyAnswers {
  ref: string;
  score: number | null;
  solved: SolvedKey | null;
  comment: string;
  language: LanguageKey | null;
}

/** A 1–5 score from a form value or CLI argument: 4, "4", "４", "4 - Satisfied". Anything else is null. */
export function parseScore(raw: unknown): number | null {
  const m = /^\s*([1-5])(?:\s*(?:[-–—:(（]|$))/.exec(asText(raw).normalize('NFKC'));
  return m ? Number(m[1]) : null;
}

const SOLVED_WORDS = new Map<string, SolvedKey>();
for (const t of Object.values(ALL_TEXTS)) {
  SOLVED_WORDS.set(t.solvedYes.normalize('NFKC').toLowerCase(), 'yes');
  SOLVED_WORDS.set(t.solvedNo.normalize('NFKC').toLowerCase(), 'no');
  SOLVED_WORDS.set(t.solvedPartly.normalize('NFKC').toLowerCase(), 'partly');
}
for (const k of ['yes', 'no', 'partly'] as const) SOLVED_WORDS.set(k, k);

/** The "Was your problem solved?" answer in any survey language, or null when unanswered or unrecognised. */
export function parseSolved(raw: unknown): SolvedKey | null {
  return SOLVED_WORDS.get(asText(raw).normalize('NFKC').trim().toLowerCase()) ?? null;
}

export const COMMENT_MAX = 5000;

/** Customer words kept as written, minus control characters, capped well inside a cell's 50,000 characters. */
export function cleanComment(raw: unknown): string {
  const t = asText(raw)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
  // Cut (rarely: a form answer over 5,000 characters) without splitting an emoji in half.
  return cutText(t, COMMENT_MAX);
}

type Field = 'score' | 'solved' | 'comment' | 'ref';
const TITLE_FIELDS = new Map<string, { field: Field; language: LanguageKey }>();
for (const language of SURVEY_TEXT_LANGUAGES) {
  const t = ALL_TEXTS[language];
  const pairs: [string, Field][] = [[t.scoreTitle, 'score'], [t.solvedTitle, 'solved'], [t.commentTitle, 'comment'], [t.refTitle, 'ref']];
  for (const [title, field] of pairs) {
    const key = title.normalize('NFKC').trim().toLowerCase();
    // zh-CN and zh-TW share no title, ms and id neither; the first language to claim a title keeps it.
    if (!TITLE_FIELDS.has(key)) TITLE_FIELDS.set(key, { field, language });
  }
}

/**
 * A spreadsheet form-submit event's `namedValues` ({question title: [answer]}) read by the titles every survey
 * language uses. The language is the one whose score question was answered.
 */
export function answersFromNamedValues(named: Record<string, readonly unknown[] | unknown>): SurveyAnswers {
  const found: Partial<Record<Field, string>> = {};
  let language: LanguageKey | null = null;
  for (const [title, value] of Object.entries(named)) {
    const hit = TITLE_FIELDS.get(title.normalize('NFKC').trim().toLowerCase());
    if (!hit) continue;
    const text = Array.isArray(value) ? value.map((v) => String(v ?? '')).join(', ') : String(value ?? '');
    found[hit.field] = text;
    if (hit.field === 'score' || (hit.field === 'solved' && !language)) language = hit.language;
  }
  return {
    ref: normaliseReference(found.ref),
    score: parseScore(found.score),
    solved: parseSolved(found.solved),
    comment: cleanComment(found.comment),
    language,
  };
}

// ── Judging a response and the call-back it may need ───────────────────────────────────────────────────────
export type SurveyOutcome = 'applied' | 'duplicate' | 'unknown reference' | 'forged reference' | 'invalid score';

/** Exactly once: a ticket that already has a CSAT keeps it, and the later response is only recorded. */
export function judgeResponse(check: ReferenceCheck, ticket: { csat: number | null } | null, score: number | null): SurveyOutcome {
  if (check.status === 'malformed') return 'unknown reference';
  if (check.status === 'forged') return 'forged reference';
  if (!ticket) return 'unknown reference';
  if (score === null) return 'invalid score';
  return ticket.csat !== null ? 'duplicate' : 'applied';
}

export function isLowScore(score: number, threshold: number): boolean {
  return score <= threshold;
}

/**
 * Who calls an unhappy customer back: an active lead (else owner), preferably not the one who handled the case,
 * speaking the customer's language if one does, with the fewest open call-backs. '' when the team has none.
 */
export function chooseCallbackOwner(
  agents: readonly Agent[],
  ticket: { language: LanguageKey | null; assignee: string },
  openCallbacks: ReadonlyMap<string, number>,
): string {
  const assignee = ticket.assignee.trim().toLowerCase();
  const ranked = agents
    .map((a, order) => ({ a, order }))
    .filter(({ a }) => a.active && (a.role === 'lead' || a.role === 'owner'))
    .map(({ a, order }) => ({
      email: a.email,
      order,
      rank: [
        a.email.toLowerCase() === assignee ? 1 : 0,
        a.role === 'lead' ? 0 : 1,
        ticket.language && a.languages.length > 0 && !a.languages.includes(ticket.language) ? 1 : 0,
        openCallbacks.get(a.email.toLowerCase()) ?? 0,
      ],
    }));
  ranked.sort((x, y) => {
    for (let i = 0; i < x.rank.length; i++) if (x.rank[i] !== y.rank[i]) return x.rank[i]! - y.rank[i]!;
    return x.order - y.order;
  });
  return ranked[0]?.email ?? '';
}
