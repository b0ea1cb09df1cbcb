/**
 * The one place customer contact data is masked before customer words leave the desk in a team e-mail (approval
 * requests, call-back tasks, alert digests, department feedback): e-mail addresses, phone numbers in the formats
 * of the shop's markets (MY, SG, ID, TH, VN, PH, CN, TW, HK; local and +international) and street addresses where
 * a house number or a street word makes them identifiable. Pure: no Apps Script, no I/O.
 */

import { asText, clipText } from '../text';

export const MASK = { email: '[email]', phone: '[phone]', address: '[address]' } as const;

/** What team e-mails do with customer contact data (Settings "Team Mail Shows Customer Contacts"). */
export interface ContactPolicy {
  /** true only when the shop chose to show contact data in team e-mails; masked otherwise. */
  show: boolean;
}

export const MASKED: ContactPolicy = { show: false };

// Invisible characters a writer (or an evasive customer) may put inside a number or an address.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
// Full-width digits and signs (Chinese input methods) read as their ASCII forms.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF20\uFF0E\uFF0D]/g;
// Other scripts' decimal digits (Thai, Lao, Arabic-Indic, Devanagari, Myanmar, Khmer…) read as ASCII digits.
const OTHER_DIGIT = /(?![0-9\uFF10-\uFF19])\p{Nd}/gu;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810];

function asciiDigit(c: string): string {
  const code = c.codePointAt(0)!;
  const zero = DIGIT_ZEROS.find((z) => code >= z && code < z + 10);
  return zero === undefined ? c : String(code - zero);
}

// Every quantifier is bounded (RFC 5321 lengths): a 50,000-character cell costs linear time, never quadratic.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
/** A run of digits with the separators people type inside phone numbers; judged by its digit count below. */
const PHONE_RUN = /(?:\+|(?<!\d)00)?\(?(?<![A-Za-z\d])\d[\d\s().\-/]*\d\)?/gu;
/** Dates, times and amounts that look like digit runs but are not phones. */
const NOT_PHONE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,2})$/;

const STREET_WORDS = [
  'Jalan', 'Jln', 'Lorong', 'Lrg', 'Persiaran', 'Lebuh', 'Lebuhraya', 'Taman', 'Tmn', 'Jl', // Malay, Indonesian
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Ln', 'Drive', 'Dr', 'Boulevard', 'Blvd', 'Crescent', // English
  'Soi', 'Thanon', 'Moo', // Thai (romanised)
  'Đường', 'Duong', 'Phố', 'Pho', 'Ngõ', 'Hẻm', 'Hem', // Vietnamese
  'Barangay', 'Brgy', // Philippines
].join('|');
/** "12 Jalan Ampang", "No. 5, Jln SS2/24", "Blk 123 Ang Mo Kio Ave 3", "25 Đường Lê Lợi" (case-sensitive street word). */
const ADDRESS_NUMBER_FIRST = new RegExp(
  `(?:(?<![\\p{L}\\d])(?:No|Lot|Unit|Blk|Block)\\.?\\s{0,3}|#)?(?<![\\p{L}\\d])\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,6}[A-Za-z]?){0,4},?\\s{1,3}(?:[\\p{Lu}][\\p{L}'.-]{0,30}\\s{1,3}){0,3}(?:${STREET_WORDS})\\.?(?=[\\s,]|$)(?:[ \\t]{1,3}[\\p{Lu}\\d#][\\p{L}\\d/#.-]{0,30}){0,4}`,
  'gu',
);
/** "Jalan SS2/24", "Jl. Sudirman No. 10", "Soi 11": a capitalised street word followed by a number within a few words. */
const ADDRESS_STREET_FIRST = new RegExp(`(?<![\\p{L}\\d])(?:${STREET_WORDS})\\.?\\s{1,3}(?:[\\p{L}'.-]{1,40}\\s{1,3}){0,3}(?:No\\.?\\s{0,3})?\\d[\\w/-]{0,20}`, 'gu');
/** Chinese addresses: a road/street/lane with a house number ("中山路123号", "忠孝東路四段100號5樓"). */
const ADDRESS_ZH = /[\p{Script=Han}\d]{1,16}(?:路|街|大道|道|巷|弄|里)(?:[一二三四五六七八九十\d]{1,4}段)?(?:[\d\-之]{1,8}(?:巷|弄)){0,3}[\d\-之]{1,8}(?:号|號)(?:[\d\-之]{1,8}(?:楼|樓|室|层|層|F)){0,3}/gu;
/** A Chinese address always has a house number: texts without 号/號 skip the pattern (it tries 16 characters at each one). */
const ADDRESS_ZH_HINT = /[号號]/;
const NEVER = /(?!)/g;
/** A postcode and town after a masked street: ", 50450 Kuala Lumpur". */
const POSTCODE_TAIL = /(\[address\])(?:,?\s{0,3}\d{5,6}\s{1,3}(?:[\p{Lu}][\p{L}.-]{0,30})(?:\s{1,3}[\p{Lu}][\p{L}.-]{0,30}){0,2})/gu;

function phoneDigitsOk(digits: number, international: boolean): boolean {
  return digits >= 8 && digits <= (international ? 15 : 13);
}

/** Masks phones inside one digit run: whole when it is one number, else number by number across its spaces. */
function maskPhoneRun(run: string): string {
  const parts = run.split(/(\s+)/);
  const isDate = (p: string) => NOT_PHONE.test(p);
  const digitsOf = (p: string) => p.replace(/\D/g, '').length;
  const intl = (p: string) => /^(?:\+|00)/.test(p);
  const total = parts.reduce((n, p) => n + digitsOf(p), 0);
  if (!parts.some(isDate) && phoneDigitsOk(total, intl(run))) return MASK.phone;
  // Several numbers (or a date and a number) typed one after another: group the parts into phone-sized numbers.
  const out: string[] = [];
  let group: string[] = [];
  let count = 0;
  const flush = () => {
    let tail = '';
    if (group.length && /^\s+$/.test(group[group.length - 1]!)) tail = group.pop()!;
    const text = group.join('');
    if (text) out.push(phoneDigitsOk(count, intl(text)) ? MASK.phone : text);
    if (tail) out.push(tail);
    group = [];
    count = 0;
  };
  for (const p of parts) {
    if (/^\s*$/.test(p)) {
      (group.length ? group : out).push(p);
      continue;
    }
    if (isDate(p)) {
      flush();
      out.push(p);
      continue;
    }
    const n = digitsOf(p);
    if (count > 0 && count + n > 13) flush();
    group.push(p);
    count += n;
  }
  flush();
  return out.join('');
}

/** Customer text with e-mail addresses, phone numbers and identifiable street addresses replaced by placeholders. */
export function maskContacts(text: string): string {
  const plain = asText(text)
    .replace(INVISIBLE, '')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(OTHER_DIGIT, asciiDigit);
  return plain
    .replace(plain.includes('@') ? EMAIL : NEVER, MASK.email)
    .replace(ADDRESS_ZH_HINT.test(plain) ? ADDRESS_ZH : NEVER, MASK.address)
    .replace(ADDRESS_NUMBER_FIRST, MASK.address)
    .replace(ADDRESS_STREET_FIRST, MASK.address)
    .replace(POSTCODE_TAIL, '$1')
    .replace(PHONE_RUN, maskPhoneRun);
}

/** Customer text as a team e-mail may carry it under the shop's policy. */
export function forTeam(text: string, policy: ContactPolicy = MASKED): string {
  return policy.show ? asText(text) : maskContacts(text);
}

/** Folds whitespace and clips to `max` characters (with an ellipsis; an emoji is never split in half). */
export function clip(text: string, max: number): string {
  return clipText(asText(text).replace(/\s+/g, ' ').trim(), max);
}

/** A customer's words quoted in a team e-mail: masked under the policy, then clipped (so a clip cannot split an address). */
export function teamQuote(text: string, max: number, policy: ContactPolicy = MASKED): string {
  return clip(forTeam(text, policy), max);
}
