/**
 * Generates the labelled intent corpus (test/data/intents-corpus/{train,test}.jsonl) from the hand-written phrase
 * pools: template × slot fills × chat noise (greetings, emoji, order numbers, typos, slang swaps, lost diacritics).
 * Deterministic (seeded). Test rows come only from the pools' test phrasings, so the test figure measures phrasings
 * the model never saw. Run: `npm run corpus:intents`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EN } from './en';
import { ID, MS } from './malay';
import type { CorpusLabel, CorpusRow, LanguagePools } from './types';
import type { ReasonKey } from '../../sheets-templates/enums';
import { TH, VI } from './vi-th';
import { ZH_CN_LEX, ZH_TW_LEX, TH_LEX } from './lexicon-asian';
import { EN_LEX, ID_LEX, MS_LEX, VI_LEX } from './lexicon-latin';
import type { Lexicon } from './lexicon-types';
import { EXTRA } from './lexicon-extra';
import { MORE } from './lexicon-more';
import { ROUND3 } from './lexicon-round3';
import { ROUND4 } from './lexicon-round4';
import { ROUND5 } from './lexicon-round5';
import { ROUND6 } from './lexicon-round6';
import { ROUND7 } from './lexicon-round7';
import { ROUND8 } from './lexicon-round8';
import { ROUND9 } from './lexicon-round9';
import { ROUND10 } from './lexicon-round10';
import { ROUND11 } from './lexicon-round11';
import { ROUND12 } from './lexicon-round12';
import { ROUND13 } from './lexicon-round13';
import { ROUND14 } from './lexicon-round14';
import { ROUND15 } from './lexicon-round15';
import { ROUND16 } from './lexicon-round16';
import KEYWORDS from '../../sheets-templates/data/intent-keywords.json';
import { ZH_CN, ZH_TW } from './zh';
import { DEV_HARD, DEV_POOLS } from './dev-pools';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = join(ROOT, 'test', 'data', 'intents-corpus');
export const ALL_POOLS: LanguagePools[] = [EN, ZH_CN, ZH_TW, ID, MS, VI, TH];
/** Training-only vocabulary per language (never used for the test split). */
const LEXICONS: Record<string, Lexicon> = { en: EN_LEX, 'zh-CN': ZH_CN_LEX, 'zh-TW': ZH_TW_LEX, id: ID_LEX, ms: MS_LEX, vi: VI_LEX, th: TH_LEX };


export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIZES = ['S', 'M', 'L', 'XL', 'XXL', '38', '40', '42', 'XS', '2XL'];
const MONEY = ['$25', 'RM50', 'Rp150.000', '200k', '¥99', '฿350', '120.000đ', 'NT$490', '1200 dollars', 'RM 39.90'];
const ORDER_TAIL: Record<string, string[]> = {
  en: ['order {order}', '#{order}', 'order no {order}', '(order {order})'],
  'zh-CN': ['订单号{order}', '单号 {order}', '订单{order}'],
  'zh-TW': ['訂單編號{order}', '訂單 {order}'],
  id: ['no pesanan {order}', 'order {order}', 'pesanan #{order}'],
  ms: ['order {order}', 'no order {order}'],
  vi: ['mã đơn {order}', 'đơn {order}'],
  th: ['ออเดอร์ {order}', 'เลขคำสั่งซื้อ {order}'],
};
/** Colloquial swaps seen in chat: each pair may replace the other, word-bounded for Latin scripts. */
const SWAPS: Record<string, [string, string][]> = {
  en: [['you', 'u'], ['please', 'pls'], ['please', 'plz'], ['received', 'recieved'], ['because', 'bc'], ["don't", 'dont'], ['i', 'I'], ['are', 'r'], ['thanks', 'thx']],
  id: [['gak', 'nggak'], ['gak', 'ga'], ['tidak', 'gak'], ['udah', 'sudah'], ['aja', 'saja'], ['belum', 'blm'], ['yang', 'yg'], ['sudah', 'sdh'], ['tidak', 'tdk'], ['barangnya', 'barang nya'], ['gimana', 'gmn'], ['kak', 'kakak']],
  ms: [['tak', 'x'], ['tidak', 'tak'], ['dah', 'sudah'], ['je', 'sahaja'], ['nak', 'hendak'], ['yang', 'yg'], ['boleh', 'blh'], ['takde', 'tak ada'], ['saya', 'sy']],
  vi: [['không', 'ko'], ['không', 'k'], ['được', 'đc'], ['mình', 'mk'], ['rồi', 'r'], ['vậy', 'v'], ['gì', 'j']],
  th: [['ค่ะ', 'คะ'], ['ไหม', 'มั้ย'], ['ไหม', 'มั๊ย'], ['ได้ไหม', 'ได้มั้ย']],
  'zh-CN': [['怎么', '咋'], ['什么', '啥'], ['没有', '木有'], ['快递', '快递包裹']],
  'zh-TW': [['什麼', '啥'], ['沒有', '沒']],
};

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function orderNumber(r: () => number): string {
  const kind = r();
  if (kind < 0.4) return String(2400000000000 + Math.floor(r() * 99999999999)).slice(0, 12 + Math.floor(r() * 3));
  if (kind < 0.7) return `24${String(1101 + Math.floor(r() * 1130)).padStart(4, '0')}${Math.floor(r() * 36 ** 6).toString(36).toUpperCase()}`;
  return String(100000 + Math.floor(r() * 899999999));
}

function fill(template: string, p: LanguagePools, r: () => number): string {
  return template
    .replace(/\[([^\]]+)\]/g, (_, alts: string) => pick(r, alts.split('|')))
    .replace(/\{(\w+)\}/g, (_, slot: string) => {
      if (slot === 'item') return pick(r, p.slots.item);
      if (slot === 'color') return pick(r, p.slots.color);
      if (slot === 'size') return pick(r, SIZES);
      if (slot === 'n') return String(2 + Math.floor(r() * 9));
      if (slot === 'order') return orderNumber(r);
      if (slot === 'money') return pick(r, MONEY);
      return slot;
    });
}

export function stripVietnamese(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const LATIN = new Set(['en', 'id', 'ms', 'vi']);

function typo(word: string, r: () => number): string {
  if (word.length < 4 || !/^[a-z]+$/i.test(word)) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  const k = r();
  if (k < 0.35) return word.slice(0, i) + word.slice(i + 1); // drop
  if (k < 0.7) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap
  return word.slice(0, i) + word[i] + word.slice(i); // double
}

function swap(text: string, lang: string, r: () => number): string {
  let out = text;
  for (const [a, b] of SWAPS[lang] ?? []) {
    if (r() < 0.5) continue;
    const [from, to] = r() < 0.5 ? [a, b] : [b, a];
    if (LATIN.has(lang)) out = out.replace(new RegExp(`(^|[^\\p{L}])${escape(from)}(?=$|[^\\p{L}])`, 'gu'), `$1${to}`);
    else out = out.split(from).join(to);
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One noisy variant of a template: the way a hurried customer would type it. */
export function variant(template: string, p: LanguagePools, r: () => number): string {
  const lang = p.language;
  let body = swap(fill(template, p, r), lang, r);
  if (r() < 0.15) body = `${body} ${fill(pick(r, ORDER_TAIL[lang]), p, r)}`;
  const prefix = pick(r, p.slots.prefix);
  const suffix = pick(r, p.slots.suffix);
  const joiner = LATIN.has(lang) || r() < 0.3 ? ' ' : '';
  let text = [prefix, body, suffix].filter((s) => s).join(joiner);
  if (LATIN.has(lang)) {
    if (r() < 0.2) text = text.split(' ').map((w) => (r() < 0.3 ? typo(w, r) : w)).join(' ');
    const c = r();
    if (c < 0.15) text = text.charAt(0).toUpperCase() + text.slice(1);
    else if (c < 0.2) text = text.toUpperCase();
    if (lang === 'vi' && r() < 0.4) text = stripVietnamese(text);
  } else if (r() < 0.1) {
    text = text.replace(/[，,]/g, ' ');
  }
  if (r() < 0.08) text = text.replace(/[!?.]+$/, '') + pick(r, ['!!!', '???', ' …', '?!']);
  return text.replace(/\s+/g, ' ').trim();
}

export function generate(split: 'train' | 'test', perTemplate: number, seed: number): CorpusRow[] {
  const r = rng(seed);
  const rows: CorpusRow[] = [];
  for (const p of ALL_POOLS) {
    for (const [label, pools] of Object.entries(p.pools) as [CorpusLabel, { train: string[]; test: string[] }][]) {
      for (const [t, template] of pools[split].entries()) {
        const seen = new Set<string>();
        for (let k = 0; k < perTemplate * 3 && seen.size < perTemplate; k++) {
          const text = variant(template, p, r);
          if (seen.has(text)) continue;
          seen.add(text);
          rows.push({ text, language: p.language, intent: label === 'none' ? null : label, template: `${p.language}/${label}/${t}` });
        }
      }
    }
  }
  if (split === 'train') {
    for (const p of ALL_POOLS) {
      const lex = LEXICONS[p.language];
      for (const [label, terms] of Object.entries(lex.terms) as [CorpusLabel, string[]][]) {
        terms.forEach((term, t) => {
          const seen = new Set<string>();
          for (let k = 0; k < 12 && seen.size < 4; k++) {
            const text = variant(pick(r, lex.frames).replace('{x}', term), p, r);
            if (seen.has(text)) continue;
            seen.add(text);
            rows.push({ text, language: p.language, intent: label === 'none' ? null : label, template: `${p.language}/${label}/L${t}` });
          }
        });
      }
      // Greetings and sign-offs alone ("hello", "kak", "shop ơi", "亲", "สวัสดีค่ะ") name no reason: the same fillers
      // wrap every reason's messages, so the model must also see them on their own.
      const fillers = [...new Set([...p.slots.prefix, ...p.slots.suffix].map((f) => f.trim()).filter((f) => /\p{L}/u.test(f)))];
      for (const [t, f] of fillers.entries()) {
        for (const text of new Set([f, `${f} ${pick(r, p.slots.suffix)}`.trim(), `${pick(r, p.slots.prefix)} ${f}`.trim()])) {
          rows.push({ text, language: p.language, intent: null, template: `${p.language}/none/F${t}` });
        }
      }
      // Every keyword of the shipped table, in a few neutral frames: the model learns the rules' vocabulary too.
      for (const row of KEYWORDS as { reason: string | null; language: string; keyword: string; kind?: string }[]) {
        if ((row.kind ?? 'keyword') !== 'keyword' || !row.reason || row.language !== p.language) continue;
        for (let k = 0; k < 2; k++) {
          const text = variant(pick(r, lex.frames).replace('{x}', row.keyword), p, r);
          rows.push({ text, language: p.language, intent: row.reason as CorpusLabel as ReasonKey, template: `${p.language}/${row.reason}/K` });
        }
      }
      const extra = [...Object.entries(EXTRA[p.language] ?? {}), ...Object.entries(MORE[p.language] ?? {}), ...Object.entries(ROUND3[p.language] ?? {}), ...Object.entries(ROUND4[p.language] ?? {}), ...Object.entries(ROUND5[p.language] ?? {}), ...Object.entries(ROUND6[p.language] ?? {}), ...Object.entries(ROUND7[p.language] ?? {}), ...Object.entries(ROUND8[p.language] ?? {}), ...Object.entries(ROUND9[p.language] ?? {}), ...Object.entries(ROUND10[p.language] ?? {}), ...Object.entries(ROUND11[p.language] ?? {}), ...Object.entries(ROUND12[p.language] ?? {}), ...Object.entries(ROUND13[p.language] ?? {}), ...Object.entries(ROUND14[p.language] ?? {}), ...Object.entries(ROUND15[p.language] ?? {}), ...Object.entries(ROUND16[p.language] ?? {})] as [CorpusLabel, string[]][];
      for (const [label, sentences] of extra) {
        sentences.forEach((sentence, t) => {
          const seen = new Set<string>();
          for (let k = 0; k < 12 && seen.size < 4; k++) {
            const text = variant(sentence, p, r);
            if (seen.has(text)) continue;
            seen.add(text);
            rows.push({ text, language: p.language, intent: label === 'none' ? null : label, template: `${p.language}/${label}/X${t}` });
          }
        });
      }
    }
  }
  return rows;
}

/** The development split: its own phrasings (dev-pools.ts), written apart from train and test; tuning looks only here. */
export function generateDev(perTemplate: number, seed: number): CorpusRow[] {
  const r = rng(seed);
  const rows: CorpusRow[] = [];
  for (const p of ALL_POOLS) {
    const labels = Object.keys(DEV_POOLS[p.language] ?? {}) as CorpusLabel[];
    for (const label of labels) {
      const phrasings = [...(DEV_POOLS[p.language]?.[label] ?? []), ...(DEV_HARD[p.language]?.[label] ?? [])];
      phrasings.forEach((template, t) => {
        const seen = new Set<string>();
        for (let k = 0; k < perTemplate * 3 && seen.size < perTemplate; k++) {
          const text = variant(template, p, r);
          if (seen.has(text)) continue;
          seen.add(text);
          rows.push({ text, language: p.language, intent: label === 'none' ? null : label, template: `${p.language}/${label}/D${t}` });
        }
      });
    }
  }
  return rows;
}

function main(): void {
  const train = generate('train', 8, 17);
  const test = generate('test', 5, 1017);
  const dev = generateDev(4, 2017);
  // The old set's hold-out rows must never be trained on.
  const old = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'intents-labelled.json'), 'utf8')) as { text: string; split?: string }[];
  const holdout = new Set(old.filter((o) => o.split === 'holdout').map((o) => o.text.toLowerCase()));
  const clash = train.filter((t) => holdout.has(t.text.toLowerCase()));
  if (clash.length) throw new Error(`training rows equal old hold-out rows: ${clash.map((c) => c.text).join(' | ')}`);
  const testTexts = new Set(test.map((t) => t.text.toLowerCase()));
  const devClean = dev.filter((t) => !testTexts.has(t.text.toLowerCase()));
  const heldOut = new Set([...testTexts, ...devClean.map((t) => t.text.toLowerCase())]);
  const trainClean = train.filter((t) => !heldOut.has(t.text.toLowerCase()));
  writeFileSync(join(CORPUS_DIR, 'train.jsonl'), trainClean.map((t) => JSON.stringify(t)).join('\n') + '\n');
  writeFileSync(join(CORPUS_DIR, 'test.jsonl'), test.map((t) => JSON.stringify(t)).join('\n') + '\n');
  writeFileSync(join(CORPUS_DIR, 'dev.jsonl'), devClean.map((t) => JSON.stringify(t)).join('\n') + '\n');
  console.log(`train ${trainClean.length} rows, dev ${devClean.length} rows, test ${test.length} rows → ${CORPUS_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
