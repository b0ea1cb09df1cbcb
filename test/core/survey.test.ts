/** Survey core: signed references, languages and texts, reading answers, judging responses, choosing who calls back. */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Agent } from '../../src/core/assignment';
import {
  SURVEY_TEXT_LANGUAGES, answersFromNamedValues, checkReference, chooseCallbackOwner, cleanComment, fillText,
  isLowScore, judgeResponse, parseScore, parseSolved, parseSurveyLanguages, referenceSignature, signReference,
  surveyFormDefinition, surveyLanguageFor, type Mac,
} from '../../src/core/survey';

const mac: Mac = (m) => [...createHmac('sha256', 'test-secret').update(m).digest()];
/** Apps Script returns the same bytes as signed Java bytes. */
const signedMac: Mac = (m) => mac(m).map((b) => (b > 127 ? b - 256 : b));
const otherKey: Mac = (m) => [...createHmac('sha256', 'another-secret').update(m).digest()];

describe('signed references', () => {
  // Expected values computed independently with Python's hmac: first 30 bits of the digest in base32.
  it('signs with 30 bits of the HMAC in a base32 alphabet', () => {
    expect(referenceSignature('T-000123', mac)).toBe('9qqqaw');
    expect(signReference('T-000123', mac)).toBe('T-000123-9qqqaw');
    expect(signReference(' t-000124 ', mac)).toBe('T-000124-ty7av3');
  });

  it('gives the same signature from signed (Apps Script) and unsigned (Node) bytes', () => {
    expect(referenceSignature('T-000123', signedMac)).toBe('9qqqaw');
  });

  it('accepts its own references, also retyped with full-width characters, spaces and odd dashes', () => {
    expect(checkReference('T-000123-9qqqaw', mac)).toEqual({ status: 'valid', ticketId: 'T-000123' });
    expect(checkReference(' t-000123-9QQQAW ', mac)).toEqual({ status: 'valid', ticketId: 'T-000123' });
    expect(checkReference('Ｔ－０００１２３－９ｑｑｑａｗ', mac)).toEqual({ status: 'valid', ticketId: 'T-000123' });
    expect(checkReference('T\u2013000123\u2014 9qqqaw', mac)).toEqual({ status: 'valid', ticketId: 'T-000123' });
  });

  it('detects forged and guessed references', () => {
    expect(checkReference('T-000124-9qqqaw', mac)).toEqual({ status: 'forged', ticketId: 'T-000124' });
    expect(checkReference('T-000123-9qqqax', mac)).toEqual({ status: 'forged', ticketId: 'T-000123' });
    expect(checkReference('T-000123-9qqqaw', otherKey).status).toBe('forged');
  });

  it('calls anything not shaped like a reference malformed', () => {
    for (const bad of ['', 'T-000123', '9qqqaw', 'T-000123-9qqqa', 'T-000123-9qqqaw1', null, undefined, 42]) {
      expect(checkReference(bad, mac)).toEqual({ status: 'malformed' });
    }
  });
});

describe('languages and texts', () => {
  it('has every text in all seven languages', () => {
    expect([...SURVEY_TEXT_LANGUAGES].sort()).toEqual(['en', 'id', 'ms', 'th', 'vi', 'zh-CN', 'zh-TW']);
  });

  it('falls back zh-TW → zh-CN, id ↔ ms, then English, then any form', () => {
    const shop = ['en', 'zh-CN', 'ms'] as const;
    expect(surveyLanguageFor('zh-TW', shop)).toBe('zh-CN');
    expect(surveyLanguageFor('id', shop)).toBe('ms');
    expect(surveyLanguageFor('ms', ['en', 'id'])).toBe('id');
    expect(surveyLanguageFor('th', shop)).toBe('en');
    expect(surveyLanguageFor(null, shop)).toBe('en');
    expect(surveyLanguageFor('vi', ['zh-CN'])).toBe('zh-CN');
    expect(surveyLanguageFor('vi', [])).toBeNull();
  });

  it('reads the Survey Languages setting by key or name, dropping unknown words and repeats', () => {
    expect(parseSurveyLanguages(['en', 'zh-CN', '马来语', '繁体中文', 'klingon', 'EN'])).toEqual(['en', 'zh-CN', 'ms', 'zh-TW']);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillText('{shop}: case {ticket} {oops}', { shop: 'Kedai Ali', ticket: 'T-000001' })).toBe('Kedai Ali: case T-000001 {oops}');
  });

  it('defines the form per language: title with the shop, 1–5 labelled scale, three choices, comment, reference', () => {
    const zh = surveyFormDefinition('zh-CN', '小美家居');
    expect(zh.title).toBe('小美家居 服务满意度调查');
    expect(zh.score).toEqual({ title: '您对本次售后处理的满意程度？', low: 1, high: 5, lowLabel: '非常不满意', highLabel: '非常满意' });
    expect(zh.solved.choices).toEqual(['已解决', '未解决', '部分解决']);
    expect(zh.reference.title).toBe('工单编号');
    const en = surveyFormDefinition('en', 'Kedai Ali');
    expect(en.title).toBe('Kedai Ali — How did we do?');
    expect(en.solved).toEqual({ title: 'Was your problem solved?', choices: ['Yes', 'No', 'Partly'] });
    expect(en.score.lowLabel).toBe('Very dissatisfied');
    expect(en.score.highLabel).toBe('Very satisfied');
  });
});

describe('reading answers', () => {
  it('parses 1–5 scores from form values and CLI arguments only', () => {
    expect([5, '4', '４', '2 - Dissatisfied', ' 1 ', '3（一般）'].map(parseScore)).toEqual([5, 4, 4, 2, 1, 3]);
    expect([0, 6, '45', '4.5', '', 'five', null, -1].map(parseScore)).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('reads "solved" in any survey language', () => {
    expect(['Yes', '未解决', '部分解決', 'Sebahagian', 'Sebagian', 'ไม่ใช่', 'Rồi', 'partly'].map(parseSolved))
      .toEqual(['yes', 'no', 'partly', 'partly', 'partly', 'no', 'yes', 'partly']);
    expect(parseSolved('maybe')).toBeNull();
    expect(parseSolved('')).toBeNull();
  });

  it('keeps customer text as written but without control characters, capped', () => {
    expect(cleanComment('  =HYPERLINK("x")\u0007 <b>bad</b>\n')).toBe('=HYPERLINK("x") <b>bad</b>');
    expect(cleanComment('x'.repeat(6000))).toHaveLength(5000);
  });

  it('maps a spreadsheet event’s namedValues by the question titles of any language', () => {
    const named = {
      Timestamp: ['2026/11/16 10:00:00'],
      '您对本次售后处理的满意程度？': ['2'],
      '您的问题解决了吗？': ['部分解决'],
      '还有什么想告诉我们的吗？': ['快递太慢了'],
      '工单编号': ['T-000123-9qqqaw'],
    };
    expect(answersFromNamedValues(named)).toEqual({ ref: 'T-000123-9qqqaw', score: 2, solved: 'partly', comment: '快递太慢了', language: 'zh-CN' });
    const ms = answersFromNamedValues({
      'Sejauh manakah anda berpuas hati dengan cara kami mengendalikan permintaan anda?': ['5'],
      'Rujukan kes': [' T-000007-abcdef '],
    });
    expect(ms).toEqual({ ref: 'T-000007-abcdef', score: 5, solved: null, comment: '', language: 'ms' });
  });

  it('finds nothing in another form’s answers', () => {
    expect(answersFromNamedValues({ 'Your name': ['Ali'] })).toEqual({ ref: '', score: null, solved: null, comment: '', language: null });
  });
});

describe('judging a response', () => {
  const valid = { status: 'valid', ticketId: 'T-000123' } as const;
  it('applies the first score, records later ones as duplicates', () => {
    expect(judgeResponse(valid, { csat: null }, 2)).toBe('applied');
    expect(judgeResponse(valid, { csat: 2 }, 5)).toBe('duplicate');
  });
  it('never attaches unknown, malformed or forged references', () => {
    expect(judgeResponse(valid, null, 4)).toBe('unknown reference');
    expect(judgeResponse({ status: 'malformed' }, null, 4)).toBe('unknown reference');
    expect(judgeResponse({ status: 'forged', ticketId: 'T-000123' }, { csat: null }, 4)).toBe('forged reference');
  });
  it('rejects a missing score on a valid reference', () => {
    expect(judgeResponse(valid, { csat: null }, null)).toBe('invalid score');
  });
  it('calls scores at or below the threshold low', () => {
    expect([1, 2, 3].map((s) => isLowScore(s, 2))).toEqual([true, true, false]);
  });
});

describe('who calls back', () => {
  const agent = (email: string, role: Agent['role'], languages: Agent['languages'], active = true): Agent => ({ email, name: email, role, languages, active });
  const team = [
    agent('owner@shop.test', 'owner', ['en', 'zh-CN', 'ms']),
    agent('lee@shop.test', 'lead', ['zh-CN', 'en']),
    agent('mira@shop.test', 'lead', ['ms', 'en']),
    agent('jun@shop.test', 'agent', ['zh-CN']),
  ];
  const none = new Map<string, number>();

  it('prefers a lead who speaks the customer’s language', () => {
    expect(chooseCallbackOwner(team, { language: 'ms', assignee: 'jun@shop.test' }, none)).toBe('mira@shop.test');
    expect(chooseCallbackOwner(team, { language: 'zh-CN', assignee: 'jun@shop.test' }, none)).toBe('lee@shop.test');
  });
  it('prefers someone other than the agent who handled the case', () => {
    expect(chooseCallbackOwner(team, { language: 'zh-CN', assignee: 'LEE@shop.test' }, none)).toBe('mira@shop.test');
  });
  it('spreads call-backs by open load, then keeps the tab order', () => {
    expect(chooseCallbackOwner(team, { language: 'en', assignee: '' }, none)).toBe('lee@shop.test');
    expect(chooseCallbackOwner(team, { language: 'en', assignee: '' }, new Map([['lee@shop.test', 2]]))).toBe('mira@shop.test');
  });
  it('falls back to the owner, and to nobody when the team has neither', () => {
    const noLeads = [team[0]!, team[3]!, agent('old@shop.test', 'lead', ['en'], false)];
    expect(chooseCallbackOwner(noLeads, { language: 'en', assignee: '' }, none)).toBe('owner@shop.test');
    expect(chooseCallbackOwner([team[3]!], { language: 'en', assignee: '' }, none)).toBe('');
  });
});
