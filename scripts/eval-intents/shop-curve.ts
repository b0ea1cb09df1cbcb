/**
 * Generated shop histories for the shop-learning curve: each shop has its own words (made-up product and fault
 * terms no built-in model knows) mixed with ordinary messages from the corpus test split; 5 % of the history's
 * labels are wrong, as agents sometimes are. Accuracy is measured on the shop's later messages.
 */
import type { LanguageKey, ReasonKey } from '../../sheets-templates/enums';
import { detectIntent } from '../../src/core/intents/detect';
import { addExample, emptyShopWords } from '../../src/core/intents/shop';
import { rng } from '../intents-corpus/generate';
import type { CorpusRow } from '../intents-corpus/types';

const REASONS_USED: ReasonKey[] = ['damaged', 'defective', 'missing_item', 'wrong_item', 'not_received', 'refund', 'return', 'exchange', 'logistics', 'size', 'not_as_described', 'cancel'];
const FRAMES: Record<string, string[]> = {
  en: ['the {w} {v}', 'my {w} is {v} again', 'hi, {w} {v} pls help', '{w} {v} order {n}', 'why is the {w} {v}'],
  id: ['kak {w} nya {v}', '{w} {v} gimana kak', 'min {w} {v} lagi', 'pesanan {n} {w} {v}'],
  ms: ['boss {w} ni {v}', '{w} {v} lagi tq', 'seller {w} {v} order {n}'],
  vi: ['shop ơi {w} bị {v}', '{w} {v} rồi ạ', 'đơn {n} {w} {v}'],
  th: ['{w}{v}ค่ะ', 'แอดมิน{w}{v}', '{w}{v}ครับ'],
  'zh-CN': ['{w}{v}了', '亲，{w}{v}怎么办', '订单{n}的{w}{v}'],
  'zh-TW': ['{w}{v}了', '老闆，{w}{v}', '請問{w}{v}'],
};
const SYLLABLES_LATIN = ['ka', 'zo', 'rim', 'tu', 'vex', 'lo', 'pra', 'dun', 'mi', 'sor', 'bel', 'quo', 'fen', 'gar', 'nix'];
const SYLLABLES_HAN = Array.from('瓏琰瑁璇珂玳瑭琮瑾璟燚鑫淼犇焱垚骉飍');
const SYLLABLES_THAI = ['กร', 'ฟล', 'ซอ', 'ปลิ', 'ขวัญ', 'ญา', 'ฒิ', 'ฬา', 'ฮึ', 'ฤๅ'];

function word(r: () => number, lang: LanguageKey): string {
  const parts = lang === 'th' ? SYLLABLES_THAI : lang.startsWith('zh') ? SYLLABLES_HAN : SYLLABLES_LATIN;
  const n = lang.startsWith('zh') ? 2 : 2 + Math.floor(r() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += parts[Math.floor(r() * parts.length)];
  return w;
}

interface ShopMessage {
  text: string;
  intent: ReasonKey | null;
}

/** One shop: its language, its own words for each reason, and a stream of messages (half in its own words). */
export function generateShop(seed: number, lang: LanguageKey, ordinary: readonly CorpusRow[], length: number): ShopMessage[] {
  const r = rng(seed);
  const parts = [word(r, lang), word(r, lang), word(r, lang)];
  const dialect = new Map<ReasonKey, string[]>(REASONS_USED.map((reason) => [reason, [word(r, lang), word(r, lang)]]));
  const pool = ordinary.filter((row) => row.language === lang && row.intent !== null);
  const out: ShopMessage[] = [];
  for (let i = 0; i < length; i++) {
    if (r() < 0.5 && pool.length) {
      const row = pool[Math.floor(r() * pool.length)];
      out.push({ text: row.text, intent: row.intent });
      continue;
    }
    const reason = REASONS_USED[Math.floor(r() * REASONS_USED.length)];
    const verbs = dialect.get(reason) as string[];
    const frame = FRAMES[lang][Math.floor(r() * FRAMES[lang].length)];
    const text = frame
      .replace('{w}', parts[Math.floor(r() * parts.length)])
      .replace('{v}', verbs[Math.floor(r() * verbs.length)])
      .replace('{n}', String(240000000000 + Math.floor(r() * 999999999)));
    out.push({ text, intent: reason });
  }
  return out;
}

export interface CurvePoint {
  history: number;
  accuracy: number;
}

/** Accuracy on each shop's messages after its first `history` tickets (learned with 5 % wrong labels). */
export function learningCurve(ordinary: readonly CorpusRow[], sizes = [0, 25, 50, 100, 200, 400], evalSize = 150): CurvePoint[] {
  const langs: LanguageKey[] = ['en', 'zh-CN', 'zh-TW', 'id', 'ms', 'vi', 'th'];
  const shops = langs.flatMap((lang, i) => [0, 1].map((k) => ({ lang, messages: generateShop(1000 + i * 10 + k, lang, ordinary, Math.max(...sizes) + evalSize) })));
  return sizes.map((history) => {
    let ok = 0;
    let n = 0;
    shops.forEach((shop, s) => {
      const noise = rng(5000 + s);
      const learned = emptyShopWords();
      for (const m of shop.messages.slice(0, history)) {
        const wrong = noise() < 0.05;
        const label = wrong ? REASONS_USED[Math.floor(noise() * REASONS_USED.length)] : m.intent;
        if (label) addExample(learned, m.text, label);
      }
      for (const m of shop.messages.slice(Math.max(...sizes), Math.max(...sizes) + evalSize)) {
        if (detectIntent(m.text, undefined, { shop: learned }).intent === m.intent) ok++;
        n++;
      }
    });
    return { history, accuracy: n ? ok / n : 0 };
  });
}
