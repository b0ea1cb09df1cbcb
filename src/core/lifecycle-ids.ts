/** Ticket IDs: T-000123, allocated from a stored high-water mark so a deleted highest ID is never issued again. */

const TICKET_ID = /^\s*T-?(\d+)\s*$/i;

/** The numeric part of a ticket ID, or null when the cell does not hold one of ours. */
export function ticketSeq(id: string): number | null {
  const m = TICKET_ID.exec(id);
  return m ? Number(m[1]) : null;
}

export function formatTicketId(seq: number): string {
  return `T-${String(seq).padStart(6, '0')}`;
}

/** Next ID: one past the larger of the highest ID in the sheet and the last one ever issued (`lastIssued`). */
export function nextTicketId(existingIds: Iterable<string>, lastIssued: number): { id: string; seq: number } {
  let high = Number.isFinite(lastIssued) && lastIssued > 0 ? Math.floor(lastIssued) : 0;
  for (const id of existingIds) {
    const seq = ticketSeq(String(id ?? ''));
    if (seq !== null && seq > high) high = seq;
  }
  const seq = high + 1;
  return { id: formatTicketId(seq), seq };
}
