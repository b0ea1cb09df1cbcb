/** Customer words quoted in department e-mails: the one masking of src/core/privacy/contacts.ts, clipped to a quote. */
import { teamQuote, type ContactPolicy } from '../privacy/contacts';

export { clip, maskContacts } from '../privacy/contacts';

/** A quote safe to send to another department: masked (unless the shop chose to show contacts), then clipped. */
export function quote(text: string, max = 160, policy?: ContactPolicy): string {
  return teamQuote(text, max, policy);
}
