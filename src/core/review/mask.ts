/** Customer words quoted outside the desk (department e-mails): contact data masked, whitespace folded, clipped. */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** A run of 7+ digits, allowing spaces, dots, dashes and brackets between them, optionally after '+'. */
const PHONE = /\+?\d[\d\s().-]{5,}\d/g;

export function maskContacts(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 ? '[phone]' : m));
}

export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A quote safe to send to another department: masked, then clipped (masking first so a clip cannot split an address). */
export function quote(text: string, max = 160): string {
  return clip(maskContacts(text), max);
}
