// Language detection for the seven desk languages: script first, then Vietnamese diacritics, then the Latin-script model (marker words as fallback).

import type { LanguageKey } from '../../../sheets-templates/enums';
import { isSimplifiedOnly, isTraditionalOnly } from './hanzi';
import { logits, type LinearModel } from './linear';
import { builtInLanguageModel, languageVector } from './model';

/** Letters only Vietnamese uses among the desk languages (horn, breve, đ, dot-below and hook-above vowels). */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g;
const THAI = /[\u0e00-\u0e7f]/g;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[a-z0-9']+/g;

/**
 * Marker words, weighted by how well they separate the languages in marketplace chat. Malay and
 * Indonesian share most words (saya, barang, sudah, belum, tolong); these are the ones that differ:
 * Malaysian chat says tak/nak/dah/je/kedai/saiz/rosak, Indonesian gak/nggak/kok/dong/udah/aja/kak/resi/rusak.
 * Unaccented Vietnamese ("hang bi vo roi shop oi") is caught by its own function words.
 */
const MARKERS: Record<'ms' | 'id' | 'vi' | 'en', Record<string, number>> = {
  ms: weights('tak nak dah je kat kedai saiz rosak boleh macam pulangkan hantar duit geram betul ni bila pos tersalah koyak kemek penyek guna cawan bungkusan sikit kualiti teruk', 1),
  id: weights('gak nggak ga enggak kok dong sih udah aja banget kak gimana kapan dikirim cuma paket kardus penyok resi rusak makasih bisa mau ini pesan pesanan toko dateng laporin ngecas ukuran retur beda dana usah pakai dipakai kualitas jelek', 1),
  vi: weights('oi roi khong duoc minh bi vo hong nhan giao don cua voi nha', 1),
  en: weights('the my i is was it this and you u but of to for me what how does please pls can have not after since when where will should get im i\'m arrived received order', 0.5),
};

function weights(words: string, w: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const word of words.split(' ')) out[word.replace('_', ' ')] = w;
  return out;
}

/** Per-word overrides where a shared word leans one way (formal 'tidak' is commoner in Indonesian chat). */
const LEANS: Record<string, Partial<Record<'ms' | 'id', number>>> = { tidak: { id: 0.5 }, sesuai: { id: 0.5 } };

/** Words both Malay and Indonesian use: they rule out English without choosing between the two. */
const MALAY_FAMILY = new Set(
  'saya barang yang dapat bukan tolong sampai sudah belum lagi terima kasih ada dengan untuk tapi sama pun kotak baru hari minggu warna beli'.split(' '),
);

/** Detects from the original message (only NFKC and case are applied here, never Traditional → Simplified). */
export function detectLanguage(message: string, model: LinearModel | null = builtInLanguageModel()): LanguageKey {
  const text = String(message ?? '').normalize('NFKC').toLowerCase();
  const thai = count(text, THAI);
  const han = count(text, HAN);
  const latinLetters = count(text, /[a-zà-ỹ]/g);
  if (thai > 0 && thai >= han && thai * 2 >= latinLetters) return 'th';
  if (han > 0 && (han >= 2 || han * 3 >= latinLetters)) return chineseVariant(text);
  if (count(text, VIETNAMESE_LETTERS) >= 1) return 'vi';
  if (thai > 0) return 'th';
  if (han > 0) return chineseVariant(text);
  return (model && modelLanguage(model, text)) || latinLanguage(text);
}

/** The trained character/word n-gram model for en / id / ms / vi (unaccented); null when the text has no words. */
function modelLanguage(model: LinearModel, text: string): LanguageKey | null {
  const x = languageVector(text);
  if (!x.length) return null;
  const z = logits(model, x);
  let best = 0;
  for (let i = 1; i < z.length; i++) if (z[i] > z[best]) best = i;
  return model.classes[best] as LanguageKey;
}

function chineseVariant(text: string): LanguageKey {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (isTraditionalOnly(ch)) traditional++;
    else if (isSimplifiedOnly(ch)) simplified++;
  }
  return traditional > simplified ? 'zh-TW' : 'zh-CN';
}

function latinLanguage(text: string): LanguageKey {
  const words = text.match(LATIN_WORD) ?? [];
  const score = { ms: 0, id: 0, vi: 0, en: 0 };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    for (const lang of ['ms', 'id', 'vi', 'en'] as const) score[lang] += MARKERS[lang][word] ?? 0;
    if (MALAY_FAMILY.has(word)) {
      score.ms += 0.5;
      score.id += 0.5;
    }
    const lean = LEANS[word];
    if (lean) {
      score.ms += lean.ms ?? 0;
      score.id += lean.id ?? 0;
    }
  }
  const best = Math.max(score.ms, score.id, score.vi);
  if (best === 0 || best < score.en) return 'en';
  if (score.vi === best && score.vi > score.ms && score.vi > score.id) return 'vi';
  // Ties go to Malay: the desk serves Malaysian and Singaporean shops first.
  return score.id > score.ms ? 'id' : 'ms';
}

function count(text: string, pattern: RegExp): number {
  const m = text.match(pattern);
  return m ? m.length : 0;
}
