/**
 * Survey answers through the real form-submit trigger with hostile comments, wrong ratings and forged references:
 * the trigger never throws, a valid answer lands on its ticket with the comment as literal text, and no answer
 * turns into a formula anywhere in the workbook.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { column, freshDesk, record, type Desk } from '../server/harness';
import { bundleRuns, hostileText, longText, storedForm, wrongType } from './arbitraries';
import { allFormulas, newFormulas } from './bundle';
import { parseScore } from '../../src/core/survey';
import { cutText } from '../../src/core/text';

const REF = /T-\d{6}-[0-9a-z]{6}/;
const HOSTILE_FORMULA = /evil\.test|cmd\||1\+1|SUM\(A1|#REF!|IMAGE\(|IMPORT|2\+3\*4/;

function registry(d: Desk): Record<string, { formId: string }> {
  return JSON.parse(d.env.globals.PropertiesService.getDocumentProperties().getProperty('AFTERDESK_SURVEY_FORMS') ?? '{}');
}

function ticketRow(d: Desk, id: string): Record<string, unknown> {
  const rows = d.rows('Tickets');
  return record(rows, column(rows, 'Ticket ID').indexOf(id) + 1);
}

describe('survey answers with hostile content', () => {
  let d: Desk;
  const refs: { id: string; ref: string }[] = [];
  beforeAll(() => {
    d = freshDesk();
    d.ok('apiCreateSurveyForms');
    for (let i = 0; i < 40; i++) {
      const id = d.ok('apiLogCase', { channel: 'Email', reason: 'damaged', language: 'en', email: `buyer${i}@example.com`, customerId: `b${i}`, description: 'Cracked' }).ticket.ticketId as string;
      d.env.clock.advance(60_000);
      d.ok('apiUpdateTicket', id, { status: 'resolved', resolution: 'refund' });
      refs.push({ id, ref: REF.exec(decodeURIComponent(String(ticketRow(d, id)['Survey Link'])))![0] });
    }
  });

  it('the trigger never throws; a first valid answer is stored verbatim as text; nothing becomes a formula', () => {
    let stored = 0;
    const used = new Set<string>();
    const score = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('1', '2', '3', '4', '5', '５', '4 - Satisfied') }, { weight: 1, arbitrary: fc.constantFrom('0', '6', '-1', '4.5', '', '=5', 'five') }, { weight: 1, arbitrary: hostileText(1) });
    const comment = fc.oneof({ weight: 6, arbitrary: hostileText(4) }, { weight: 1, arbitrary: longText.filter((s) => s.length <= 45_000) }, { weight: 1, arbitrary: wrongType.map((v) => JSON.stringify(v) ?? '') });
    const ref = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: refs.length - 1 }).map((i) => refs[i]!.ref) }, { weight: 1, arbitrary: fc.constantFrom('T-000001-zzzzzz', '', '=1+1', 'T-000001') }, { weight: 1, arbitrary: hostileText(1) });
    fc.assert(
      fc.property(score, fc.constantFrom('Yes', 'No', 'Partly', '', '<b>yes</b>'), comment, ref, (s, solved, c, r) => {
        d.env.clock.advance(60_000);
        const formulas = allFormulas(d);
        const formId = registry(d)['en']!.formId;
        const titles = d.env.globals.FormApp.openById(formId).getItems().map((i) => i.getTitle());
        const answers = Object.fromEntries(titles.map((t, i) => [t, [s, solved, c, r][i]!]));
        try {
          d.bundle.submitForm(formId, answers);
        } catch (e) {
          throw new Error(`the form-submit trigger threw: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`);
        }
        expect(newFormulas(d, formulas).filter((f) => HOSTILE_FORMULA.test(f)), 'an answer became a formula').toEqual([]);
        const hit = refs.find((x) => x.ref === r);
        const valid = parseScore(s) !== null;
        if (!hit || !valid || used.has(hit.id)) return;
        used.add(hit.id);
        const t = ticketRow(d, hit.id);
        // Kept verbatim up to the 5,000-character cap, which never splits an emoji.
        expect(t['CSAT Comment'], 'comment not stored verbatim').toBe(cutText(storedForm(c), 5000));
        expect(typeof t['CSAT Comment']).toBe('string');
        stored++;
      }),
      { numRuns: bundleRuns(0.6) },
    );
    expect(stored).toBeGreaterThan(3);
  });
});
