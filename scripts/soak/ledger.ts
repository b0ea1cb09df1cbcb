/**
 * What the soak's people were told: every acknowledged write (the API returned success to a live execution),
 * every submission attempted (retries share it), the cells typed by hand, and tickets a person deleted.
 */

export interface Submission {
  id: string;
  /** The ticket the add-on acknowledged for it (null while none was). */
  acked: string | null;
}

export class Ledger {
  readonly submissions = new Map<string, Submission>();
  /** Ticket ID → the submission that created it, for acknowledged tickets. */
  readonly ackedTickets = new Map<string, string>();
  /** Tickets a person deleted by hand (their rows are gone on purpose). */
  readonly deleted = new Set<string>();
  /** Cells a person typed in an add-on column: `ticketId|header` (the add-on may read them as problems). */
  readonly tainted = new Set<string>();
  /** Tickets whose row a person touched in an add-on column. */
  readonly taintedTickets = new Set<string>();
  /** User-column cells typed by hand: ticket ID → text (the add-on must never change them). */
  readonly userCells = new Map<string, string>();
  /** Acknowledged updates whose Audit Log event must be present: ticket ID and the reply text. */
  readonly ackedReplies: { ticketId: string; text: string }[] = [];
  private seq = 0;

  newSubmission(): Submission {
    const s = { id: `S${++this.seq}`, acked: null };
    this.submissions.set(s.id, s);
    return s;
  }

  ack(sub: Submission, ticketId: string): void {
    sub.acked = ticketId;
    this.ackedTickets.set(ticketId, sub.id);
  }

  deleteTicket(ticketId: string): void {
    this.deleted.add(ticketId);
    this.userCells.delete(ticketId);
  }
}
