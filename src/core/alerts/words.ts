/**
 * Figures as a shop owner says them, in English and Chinese: whole counts ("usually about 3", "usually none" rather
 * than a ratio against 0.0076), whole percentages ("11 %", "under 1 %"), days as "24 Nov" / "11月24日", and customer
 * quotes with e-mail addresses and phone numbers masked.
 */
import { asText, clipText, maskContactData } from '../text';

export interface Words {
  en: string;
  zh: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'YYYY-MM-DD' → "24 Nov" / "11月24日". */
export function dayWords(key: string): Words {
  const [, m, d] = key.split('-').map(Number);
  return { en: `${d} ${MONTHS[(m ?? 1) - 1]}`, zh: `${m}月${d}日` };
}

/** A window of whole days: "today", "since 24 Nov" / "今天", "11月24日以来". */
export function windowWords(from: string, today: string): Words {
  if (from === today) return { en: 'today', zh: '今天' };
  const d = dayWords(from);
  return { en: `since ${d.en}`, zh: `${d.zh}以来` };
}

/** What a usual day (or window) holds: "usually none", "usually about 1", "usually about 12". */
export function usualCount(expected: number, unitEn = '', unitZh = '件'): Words {
  if (!(expected >= 0.5)) return { en: 'usually none', zh: '平常没有' };
  const n = Math.round(expected);
  return { en: `usually about ${n}${unitEn ? ` ${unitEn}` : ''}`, zh: `平常约 ${n} ${unitZh}` };
}

/** How many times the usual, only when the usual is at least one whole ticket ("3 times the usual"). */
export function timesUsual(observed: number, expected: number): Words | null {
  if (!(expected >= 1)) return null;
  const r = observed / expected;
  if (r < 1.95) return null;
  const n = Math.round(r);
  return { en: `${n} times the usual`, zh: `平常的 ${n} 倍` };
}

/** A share as a whole percentage; below 1 % says "under 1 %" (or one decimal with `fine`, "under 0.1 %" below that). */
export function percentWords(x: number, fine = false): Words {
  if (fine && x > 0 && x < 0.01) {
    if (x < 0.001) return { en: 'under 0.1 %', zh: '不到 0.1%' };
    const p = (Math.round(x * 1000) / 10).toFixed(1);
    return { en: `${p} %`, zh: `${p}%` };
  }
  if (x > 0 && x < 0.01) return { en: 'under 1 %', zh: '不到 1%' };
  const p = Math.round(x * 100);
  return { en: `${p} %`, zh: `${p}%` };
}

/**
 * A rate now against its usual: whole percentages, with a decimal when the rate now is itself under 1 % or when
 * whole numbers would read the same ("2 %, usually 2 %").
 */
export function ratePair(now: number, usual: number): { now: Words; usual: Words } {
  const fine = now < 0.01 || (now < 0.1 && Math.round(now * 100) === Math.round(usual * 100));
  if (fine && now >= 0.01) {
    const d = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}`;
    return { now: { en: `${d(now)} %`, zh: `${d(now)}%` }, usual: { en: `${d(usual)} %`, zh: `${d(usual)}%` } };
  }
  return { now: percentWords(now, fine), usual: percentWords(usual, fine) };
}


/** A customer's words fit for a digest: masked contact details, one line, at most `max` characters. */
export function quoteText(text: string, max = 140): string {
  // 8–13 digits with separators between groups is a phone number; longer runs are order numbers.
  const t = maskContactData(asText(text), { email: '[e-mail]', phone: '[phone]' }, 8, 13)
    .replace(/\s+/g, ' ')
    .trim();
  return clipText(t, max);
}
