/** Customer words quoted outside the desk (department e-mails): contact data masked, whitespace folded, clipped. */

import { clipText, maskContactData } from '../text';

/** E-mail addresses and runs of 7+ digits (spaces, dots, dashes, brackets between them; any script's digits). */
export function maskContacts(text: string): string {
  return maskContactData(text, { email: '[email]', phone: '[phone]' }, 7);
}

export function clip(text: string, max: number): string {
  return clipText(text.replace(/\s+/g, ' ').trim(), max);
}

/** A quote safe to send to another department: masked, then clipped (masking first so a clip cannot split an address). */
export function quote(text: string, max = 160): string {
  return clip(maskContacts(text), max);
}
