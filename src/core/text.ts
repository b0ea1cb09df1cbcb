/**
 * Customer text made fit for places outside the desk: clipped without splitting a character, capped to a cell,
 * any value read as text. Contact data is masked in one place: src/core/privacy/contacts.ts.
 */

/** A Google Sheets cell holds at most 50,000 characters. */
export const CELL_CHARS = 50_000;

/** Text of a value from a form, a cell or JSON: strings and numbers as written, anything else (an object) as ''. */
export function asText(raw: unknown): string {
  return typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

/** The first `max` UTF-16 units at most, one fewer rather than half an emoji (a cap on stored text, no '…'). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/** At most `max` UTF-16 units ending in '…' when cut; a surrogate pair (emoji) is never split in half. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // the high half of a pair: keep the pair out whole
  return `${text.slice(0, end)}…`;
}

const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes text for e-mails and pages: customer words are data, never markup (also safe inside attributes). */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => HTML_ENTITY[c]!);
}
