/**
 * FormApp: forms kept as plain data (saved in the state file), items, prefilled links, and a destination sheet in
 * the workbook. A script's own submit() fires no trigger; `submitAsUser` plays a person submitting the form.
 */
import type { Emu } from './emu';
import { DateCell } from './values';

export interface FormItemSpec {
  id: number;
  type: 'SCALE' | 'MULTIPLE_CHOICE' | 'PARAGRAPH_TEXT' | 'TEXT' | 'LIST' | 'CHECKBOX';
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  bounds: [number, number] | null;
  labels: [string, string] | null;
}

export interface FormSpec {
  id: string;
  title: string;
  description: string;
  confirmation: string;
  collectEmail: boolean;
  items: FormItemSpec[];
  destinationSheet: string | null;
  responses: number;
  /** The account whose Drive holds the form (its creator); editors may open it too. */
  owner?: string;
  editors?: string[];
  /** Forms created through the API after January 2026 start unpublished; absent (older state) = published. */
  published?: boolean;
  acceptingResponses?: boolean;
  requireLogin?: boolean;
}

export interface FormSubmitEvent {
  range: unknown;
  values: string[];
  namedValues: Record<string, string[]>;
  authMode: string;
  triggerUid: string;
}

let itemSeq = 1000;

export function canOpenForm(f: FormSpec, email: string): boolean {
  const me = email.toLowerCase();
  if (!f.owner) return true;
  return f.owner.toLowerCase() === me || (f.editors ?? []).some((e) => e.toLowerCase() === me);
}

/** Why a respondent cannot submit right now ('' when they can). */
export function refusal(f: FormSpec, signedIn: boolean): string {
  if (f.published === false) return 'This form is not published: it does not accept responses.';
  if (f.acceptingResponses === false) return `The form ${f.title} is no longer accepting responses.`;
  if (f.requireLogin && !signedIn) return 'You need permission: this form can only be viewed by users in the owner\'s organisation.';
  return '';
}

export function makeFormApp(emu: Emu, forms: FormSpec[]) {
  const itemApi = (form: FormSpec, it: FormItemSpec): Record<string, unknown> => {
    const self: Record<string, unknown> = {
      getId: () => it.id,
      getTitle: () => it.title,
      setTitle: (t: string) => { it.title = t; return self; },
      getHelpText: () => it.helpText,
      setHelpText: (t: string) => { it.helpText = t; return self; },
      setRequired: (r: boolean) => { it.required = r; return self; },
      isRequired: () => it.required,
      getType: () => it.type,
      setBounds: (lo: number, hi: number) => { it.bounds = [lo, hi]; return self; },
      getLowerBound: () => it.bounds?.[0] ?? 1,
      getUpperBound: () => it.bounds?.[1] ?? 5,
      setLabels: (lo: string, hi: string) => { it.labels = [lo, hi]; return self; },
      getLeftLabel: () => it.labels?.[0] ?? '',
      getRightLabel: () => it.labels?.[1] ?? '',
      setChoiceValues: (values: string[]) => { it.choices = values.map(String); return self; },
      createChoice: (value: string) => ({ getValue: () => value }),
      setChoices: (choices: { getValue(): string }[]) => { it.choices = choices.map((c) => c.getValue()); return self; },
      getChoices: () => it.choices.map((v) => ({ getValue: () => v })),
      createResponse: (value: unknown) => ({ _item: it, _value: Array.isArray(value) ? value.join(', ') : String(value), getItem: () => self, getResponse: () => value }),
      asScaleItem: () => self,
      asMultipleChoiceItem: () => self,
      asParagraphTextItem: () => self,
      asTextItem: () => self,
      asListItem: () => self,
      asCheckboxItem: () => self,
      duplicate: () => self,
    };
    void form;
    return emu.wrap(self, 'Item');
  };
  const formApi = (f: FormSpec): Record<string, unknown> => {
    const add = (type: FormItemSpec['type']) => () => {
      const it: FormItemSpec = { id: ++itemSeq, type, title: '', helpText: '', required: false, choices: [], bounds: null, labels: null };
      f.items.push(it);
      return itemApi(f, it);
    };
    const self: Record<string, unknown> = {
      getId: () => f.id,
      getTitle: () => f.title,
      setTitle: (t: string) => { f.title = t; return self; },
      getDescription: () => f.description,
      setDescription: (d: string) => { f.description = d; return self; },
      setConfirmationMessage: (m: string) => { f.confirmation = m; return self; },
      setCollectEmail: (c: boolean) => { f.collectEmail = c; return self; },
      setAllowResponseEdits: () => self,
      setLimitOneResponsePerUser: () => self,
      setProgressBar: () => self,
      setShowLinkToRespondAgain: () => self,
      setRequireLogin: (b: boolean) => { f.requireLogin = Boolean(b); return self; },
      requiresLogin: () => Boolean(f.requireLogin),
      setAcceptingResponses: (b: boolean) => { f.acceptingResponses = Boolean(b); return self; },
      isAcceptingResponses: () => f.acceptingResponses !== false && f.published !== false,
      setPublished: (b: boolean) => { f.published = Boolean(b); if (!b) f.acceptingResponses = false; else if (f.acceptingResponses === false) f.acceptingResponses = true; return self; },
      isPublished: () => f.published !== false,
      addEditor: (e: string | { getEmail(): string }) => { f.editors = [...new Set([...(f.editors ?? []), typeof e === 'string' ? e : e.getEmail()])]; return self; },
      addEditors: (list: string[]) => { f.editors = [...new Set([...(f.editors ?? []), ...list.map(String)])]; return self; },
      removeEditor: (e: string | { getEmail(): string }) => { const x = (typeof e === 'string' ? e : e.getEmail()).toLowerCase(); f.editors = (f.editors ?? []).filter((y) => y.toLowerCase() !== x); return self; },
      getEditors: () => [f.owner ?? '', ...(f.editors ?? [])].filter(Boolean).map((e) => ({ getEmail: () => e })),
      addScaleItem: add('SCALE'),
      addMultipleChoiceItem: add('MULTIPLE_CHOICE'),
      addParagraphTextItem: add('PARAGRAPH_TEXT'),
      addTextItem: add('TEXT'),
      addListItem: add('LIST'),
      addCheckboxItem: add('CHECKBOX'),
      getItems: () => f.items.map((it) => itemApi(f, it)),
      getItemById: (id: number) => { const it = f.items.find((x) => x.id === id); return it ? itemApi(f, it) : null; },
      deleteItem: (i: number | { getId(): number }) => { f.items = f.items.filter((x, k) => (typeof i === 'number' ? k !== i : x.id !== i.getId())); },
      getPublishedUrl: () => `https://docs.google.com/forms/d/e/${f.id}/viewform`,
      getEditUrl: () => `https://docs.google.com/forms/d/${f.id}/edit`,
      shortenFormUrl: (u: string) => u,
      setDestination: (_type: string, ssId: string) => {
        if (ssId !== emu.book.id) throw new Error('Exception: Invalid destination spreadsheet.');
        let k = 1;
        while (emu.book.sheets.some((s) => s.name === `Form Responses ${k}`)) k++;
        const sheet = emu.book.addSheet(`Form Responses ${k}`);
        const header = ['Timestamp', ...f.items.map((it) => it.title)];
        header.forEach((h, c) => sheet.set(0, c, h, ''));
        f.destinationSheet = sheet.name;
        return self;
      },
      getDestinationId: () => (f.destinationSheet ? emu.book.id : null),
      getDestinationType: () => 'SPREADSHEET',
      removeDestination: () => { f.destinationSheet = null; return self; },
      createResponse: () => {
        const answers: { _item: FormItemSpec; _value: string }[] = [];
        const r: Record<string, unknown> = {
          withItemResponse: (ir: { _item: FormItemSpec; _value: string }) => { answers.push(ir); return r; },
          toPrefilledUrl: () => `https://docs.google.com/forms/d/e/${f.id}/viewform?usp=pp_url${answers.map((a) => `&entry.${a._item.id}=${encodeURIComponent(a._value)}`).join('')}`,
          submit: () => { appendResponse(f, Object.fromEntries(answers.map((a) => [a._item.title, a._value]))); return r; },
          getItemResponses: () => answers,
        };
        return r;
      },
      getResponses: () => [],
    };
    return emu.wrap(self, 'Form');
  };
  const appendResponse = (f: FormSpec, byTitle: Record<string, string>): { row: number; values: string[] } => {
    f.responses++;
    const sheet = f.destinationSheet ? emu.book.sheets.find((s) => s.name === f.destinationSheet) : null;
    const stamp = new Date(emu.now).toISOString();
    const values = [stamp, ...f.items.map((it) => byTitle[it.title] ?? '')];
    if (!sheet) return { row: 0, values };
    const row = sheet.lastRow();
    sheet.set(row, 0, new DateCell(emu.now), '');
    values.slice(1).forEach((v, i) => sheet.set(row, i + 1, v, ''));
    return { row: row + 1, values };
  };
  const app = emu.wrap({
    create: (title: string) => {
      const f: FormSpec = { id: `form-${forms.length + 1}-${Math.floor(emu.now / 1000).toString(36)}`, title, description: '', confirmation: '', collectEmail: false, items: [], destinationSheet: null, responses: 0, owner: emu.userEmail, editors: [], published: false, acceptingResponses: true, requireLogin: false };
      forms.push(f);
      return formApi(f);
    },
    openById: (id: string) => {
      const f = forms.find((x) => x.id === id);
      // A form lives in its creator's Drive: anyone else who is not an editor gets the same error as a wrong id.
      if (!f || !canOpenForm(f, emu.userEmail)) throw new Error(`Exception: No item with the given ID could be found, or you do not have permission to access it.`);
      return formApi(f);
    },
    getActiveForm: () => null,
    DestinationType: { SPREADSHEET: 'SPREADSHEET' },
    ItemType: { SCALE: 'SCALE', MULTIPLE_CHOICE: 'MULTIPLE_CHOICE', PARAGRAPH_TEXT: 'PARAGRAPH_TEXT', TEXT: 'TEXT' },
  }, 'FormApp');
  return { app, appendResponse };
}
