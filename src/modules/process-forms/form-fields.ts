/**
 * Process forms: the pure validation core (no database, no I/O).
 *
 * A member publishes a form listing the data its support process needs; other vendors submit
 * collaboration requests whose `data` (a JSON object) must satisfy that form. This module checks
 * form definitions, checks submitted data against a form (reporting every problem at once), and
 * normalises accepted data for storage.
 *
 * Every string that can reach storage is refused when it holds a NUL character or an unpaired
 * UTF-16 surrogate: PostgreSQL `jsonb` cannot store either, so accepting them would turn a bad
 * request into a server error later. Lengths are counted in Unicode code points after trimming,
 * i.e. on the value that is stored.
 */
import type { FieldProblem } from '../../common/errors';
import { unstorableText } from '../../common/storable-text';

export type { FieldProblem } from '../../common/errors';
import type { FieldType, FormFieldSpec } from './form-field.types';
export type { FieldType, FormFieldSpec } from './form-field.types';

/** Every field type, in display order: for GraphQL enum registration and for messages. */
export const FIELD_TYPES: readonly FieldType[] = Object.freeze([
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'EMAIL',
  'URL',
  'DATE',
  'SINGLE_SELECT',
  'MULTI_SELECT',
  'BOOLEAN',
] as const);


const NAME_MAX = 200;
const FIELDS_MAX = 100;
const KEY_MAX = 64;
const LABEL_MAX = 200;
const HELP_TEXT_MAX = 2000;
const OPTION_MAX = 200;
const OPTIONS_MAX = 200;
const MAX_LENGTH_LIMIT = 100_000;
/** Options named in one message; the rest are counted, so a 200-option form stays readable. */
const OPTIONS_LISTED = 20;
/** Bad values quoted in one message, and how much of each. */
const BAD_VALUES_LISTED = 5;
const QUOTE_MAX = 50;
/** Unknown keys reported one by one; beyond this, one summary problem at the data's path. */
const UNKNOWN_KEYS_LISTED = 50;
/** Longest unknown key echoed verbatim in a path. */
const ECHOED_KEY_MAX = 100;

const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A lone surrogate: in `u` mode a well-formed pair is one code point and does not match. */
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;
const EMAIL_LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const EMAIL_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const EMAIL_TLD = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

const DEFAULT_MAX_LENGTH: Partial<Record<FieldType, number>> = {
  TEXT: 1000,
  LONG_TEXT: 20_000,
  EMAIL: 254,
  URL: 2048,
};
const SELECT_TYPES: ReadonlySet<string> = new Set(['SINGLE_SELECT', 'MULTI_SELECT']);
const LENGTH_TYPES: ReadonlySet<string> = new Set(['TEXT', 'LONG_TEXT', 'EMAIL', 'URL']);
const KNOWN_TYPES: ReadonlySet<string> = new Set(FIELD_TYPES);

/**
 * Problems of a form definition, all at once. Paths are relative to the definition (prefixed with
 * `pathPrefix` when given): 'name', 'fields', 'fields.2.key', 'fields.0.options', 'fields.0.options.3'.
 * Tolerates any input shape (it is usually a mutation's input), so it never throws.
 */
export function validateFormDefinition(
  def: { name: string; fields: FormFieldSpec[] },
  pathPrefix?: string,
): FieldProblem[] {
  const prefix = pathPrefix ?? '';
  const at = (path: string): string => join(prefix, path);
  if (def === null || typeof def !== 'object' || Array.isArray(def)) {
    return [{ path: prefix, message: 'must be an object with a name and a list of fields' }];
  }
  const problems: FieldProblem[] = [];
  const raw = def as unknown as Record<string, unknown>;

  const nameProblem = textProblem(raw.name, NAME_MAX);
  if (nameProblem) problems.push({ path: at('name'), message: nameProblem });

  const fields = raw.fields;
  if (!Array.isArray(fields)) {
    problems.push({ path: at('fields'), message: 'must be a list of fields' });
  } else if (fields.length === 0) {
    problems.push({ path: at('fields'), message: 'must have at least one field' });
  } else if (fields.length > FIELDS_MAX) {
    problems.push({ path: at('fields'), message: `must have at most ${FIELDS_MAX} fields (got ${fields.length})` });
  } else {
    const firstIndexOfKey = new Map<string, number>();
    fields.forEach((field: unknown, index: number) => {
      problems.push(...fieldSpecProblems(field, at(`fields.${index}`), index, firstIndexOfKey));
    });
  }
  return problems;
}

/**
 * Problems of submitted data against a form's fields, all at once, at most one per field (plus one
 * per unknown key). Paths are `${pathPrefix}.${key}`, e.g. 'data.severity'. Never throws, whatever
 * `data` is; never reads inherited properties, so keys such as `constructor` or `__proto__` are
 * treated like any other key.
 */
export function validateFormData(fields: FormFieldSpec[], data: unknown, pathPrefix = 'data'): FieldProblem[] {
  if (!isPlainObject(data)) {
    return [{ path: pathPrefix, message: `must be a JSON object of field values (got ${kindOf(data)})` }];
  }
  const problems: FieldProblem[] = [];
  const known = new Set<string>();
  for (const field of fields) {
    known.add(field.key);
    const value = Object.hasOwn(data, field.key) ? data[field.key] : undefined;
    const message = isMissing(field, value) ? (field.required ? 'is required' : undefined) : valueProblem(field, value);
    if (message) problems.push({ path: join(pathPrefix, field.key), message });
  }
  const unknown = Object.keys(data).filter((key) => !known.has(key));
  for (const key of unknown.slice(0, UNKNOWN_KEYS_LISTED)) {
    problems.push({ path: join(pathPrefix, echoKey(key)), message: 'is not a field of this form' });
  }
  if (unknown.length > UNKNOWN_KEYS_LISTED) {
    problems.push({
      path: pathPrefix,
      message: `has ${unknown.length - UNKNOWN_KEYS_LISTED} more keys that are not fields of this form`,
    });
  }
  return problems;
}

/**
 * The data as it is stored: strings trimmed, numbers as numbers (-0 as 0), booleans as they are, SINGLE_SELECT as the
 * form's option, MULTI_SELECT de-duplicated in the form's option order, absent/null/blank optional
 * fields omitted; keys in the form's field order. Call only on data `validateFormData` accepted:
 * anything else is a programming error and throws.
 */
export function normaliseFormData(fields: FormFieldSpec[], data: Record<string, unknown>): Record<string, unknown> {
  const problems = validateFormData(fields, data);
  if (problems.length > 0) {
    throw new Error(
      `normaliseFormData called with data that validateFormData refuses: ${problems
        .slice(0, 5)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ')}`,
    );
  }
  return normaliseValidFormData(fields, data);
}

/** `normaliseFormData` for data the caller has just had `validateFormData` accept (it is not checked again). */
export function normaliseValidFormData(fields: FormFieldSpec[], data: Record<string, unknown>): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const field of fields) {
    const value = Object.hasOwn(data, field.key) ? data[field.key] : undefined;
    if (isMissing(field, value)) continue;
    entries.push([field.key, normaliseValue(field, value)]);
  }
  // fromEntries defines own data properties, so no key can reach a prototype setter.
  return Object.fromEntries(entries);
}

// ---------------------------------------------------------------------------------------------
// Definitions

function fieldSpecProblems(
  field: unknown,
  path: string,
  index: number,
  firstIndexOfKey: Map<string, number>,
): FieldProblem[] {
  if (field === null || typeof field !== 'object' || Array.isArray(field)) {
    return [{ path, message: 'must be an object with key, label, type and required' }];
  }
  const problems: FieldProblem[] = [];
  const add = (property: string, message: string): void => {
    problems.push({ path: `${path}.${property}`, message });
  };
  const spec = field as Record<string, unknown>;

  const key = spec.key;
  if (typeof key !== 'string' || key === '') {
    add('key', 'is required');
  } else if (key.length > KEY_MAX) {
    add('key', `must be at most ${KEY_MAX} characters`);
  } else if (!KEY_PATTERN.test(key)) {
    add('key', 'must start with a lower-case letter and contain only a-z, 0-9 and _');
  } else {
    const first = firstIndexOfKey.get(key);
    if (first === undefined) firstIndexOfKey.set(key, index);
    else add('key', `"${key}" is already the key of fields.${first}; keys must be unique within a form`);
  }

  const labelProblem = textProblem(spec.label, LABEL_MAX);
  if (labelProblem) add('label', labelProblem);

  const type = spec.type;
  const typeKnown = typeof type === 'string' && KNOWN_TYPES.has(type);
  if (!typeKnown) add('type', `must be one of: ${FIELD_TYPES.join(', ')}`);

  if (typeof spec.required !== 'boolean') add('required', 'must be true or false');

  if (isSet(spec.helpText)) {
    if (typeof spec.helpText !== 'string') add('helpText', 'must be text');
    else if (longerThan(spec.helpText.trim(), HELP_TEXT_MAX)) add('helpText', `must be at most ${HELP_TEXT_MAX} characters`);
    else if (unstorable(spec.helpText)) add('helpText', UNSTORABLE);
  }

  // Type-dependent rules are only judged once the type is known; formats are always checked.
  const isType = (allowed: (t: string) => boolean): boolean => !typeKnown || allowed(type as string);

  // options
  if (typeKnown && SELECT_TYPES.has(type as string) && !isSet(spec.options)) {
    add('options', 'are required for select fields: list the choices');
  } else if (isSet(spec.options)) {
    if (!isType((t) => SELECT_TYPES.has(t))) add('options', 'are only for select fields (SINGLE_SELECT, MULTI_SELECT)');
    else problems.push(...optionsProblems(spec.options, `${path}.options`));
  }

  // min / max
  const isNumber = isType((t) => t === 'NUMBER');
  let min: number | undefined;
  let max: number | undefined;
  for (const bound of ['min', 'max'] as const) {
    const value = spec[bound];
    if (!isSet(value)) continue;
    if (!isNumber) add(bound, 'is only for NUMBER fields');
    else if (typeof value !== 'number' || !Number.isFinite(value)) add(bound, 'must be a finite number');
    else if (bound === 'min') min = value;
    else max = value;
  }
  if (min !== undefined && max !== undefined && min > max) add('max', `must be at least min (${min})`);

  // minDate / maxDate
  const isDate = isType((t) => t === 'DATE');
  let minDate: string | undefined;
  let maxDate: string | undefined;
  for (const bound of ['minDate', 'maxDate'] as const) {
    const value = spec[bound];
    if (!isSet(value)) continue;
    if (!isDate) add(bound, 'is only for DATE fields');
    else if (typeof value !== 'string' || !isRealDate(value)) add(bound, 'must be a real calendar date as YYYY-MM-DD');
    else if (bound === 'minDate') minDate = value;
    else maxDate = value;
  }
  if (minDate !== undefined && maxDate !== undefined && minDate > maxDate) {
    add('maxDate', `must be on or after minDate (${minDate})`);
  }

  // maxLength
  if (isSet(spec.maxLength)) {
    const value = spec.maxLength;
    if (!isType((t) => LENGTH_TYPES.has(t))) add('maxLength', 'is only for TEXT, LONG_TEXT, EMAIL and URL fields');
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_LENGTH_LIMIT) {
      add('maxLength', `must be a whole number from 1 to ${MAX_LENGTH_LIMIT}`);
    }
  }
  return problems;
}

function optionsProblems(options: unknown, path: string): FieldProblem[] {
  if (!Array.isArray(options)) return [{ path, message: 'must be a list of option labels' }];
  if (options.length === 0) return [{ path, message: 'must have at least one option' }];
  if (options.length > OPTIONS_MAX) {
    return [{ path, message: `must have at most ${OPTIONS_MAX} options (got ${options.length})` }];
  }
  const problems: FieldProblem[] = [];
  const firstIndex = new Map<string, number>();
  options.forEach((option: unknown, index: number) => {
    const message = textProblem(option, OPTION_MAX);
    if (message) {
      problems.push({ path: `${path}.${index}`, message });
      return;
    }
    const trimmed = (option as string).trim();
    const first = firstIndex.get(trimmed);
    if (first === undefined) firstIndex.set(trimmed, index);
    else problems.push({ path: `${path}.${index}`, message: `repeats option ${first} (${quote(trimmed)}); options must be unique` });
  });
  return problems;
}

/** A required, non-blank, storable string of at most `max` code points (after trim), or why not. */
function textProblem(value: unknown, max: number): string | undefined {
  if (value === undefined || value === null) return 'is required';
  if (typeof value !== 'string') return `must be text (got ${kindOf(value)})`;
  const trimmed = value.trim();
  if (trimmed === '') return 'must not be blank';
  if (longerThan(trimmed, max)) return `must be at most ${max} characters`;
  if (unstorable(trimmed)) return UNSTORABLE;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Data

const UNSTORABLE = 'contains characters that cannot be stored (a NUL character or a broken emoji/surrogate)';

/** Missing: absent, null, a blank string, or (MULTI_SELECT) an empty list. `false` is a value. */
function isMissing(field: FormFieldSpec, value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (field.type === 'MULTI_SELECT' && Array.isArray(value) && value.length === 0)
  );
}

/** Why a present value does not fit its field, or undefined when it does. */
function valueProblem(field: FormFieldSpec, value: unknown): string | undefined {
  switch (field.type) {
    case 'TEXT':
    case 'LONG_TEXT': {
      if (typeof value !== 'string') return `must be text (got ${kindOf(value)})`;
      const text = value.trim();
      const limit = maxLengthOf(field);
      if (longerThan(text, limit)) return `must be at most ${limit} characters`;
      if (unstorable(text)) return UNSTORABLE;
      return undefined;
    }
    case 'NUMBER': {
      if (typeof value !== 'number') {
        return typeof value === 'string' ? 'must be a number, not text (send 5, not "5")' : `must be a number (got ${kindOf(value)})`;
      }
      if (!Number.isFinite(value)) return 'must be a finite number';
      if (isSet(field.min) && value < field.min) return `must be at least ${field.min}`;
      if (isSet(field.max) && value > field.max) return `must be at most ${field.max}`;
      return undefined;
    }
    case 'EMAIL': {
      if (typeof value !== 'string') return `must be an email address (got ${kindOf(value)})`;
      const email = value.trim();
      const limit = maxLengthOf(field);
      if (longerThan(email, limit)) return `must be at most ${limit} characters`;
      if (!isEmail(email)) return 'must be an email address like name@example.com';
      return undefined;
    }
    case 'URL': {
      if (typeof value !== 'string') return `must be a web address (got ${kindOf(value)})`;
      const url = value.trim();
      const limit = maxLengthOf(field);
      if (longerThan(url, limit)) return `must be at most ${limit} characters`;
      if (WHITESPACE_OR_CONTROL.test(url)) return 'must be a web address without spaces or line breaks';
      if (unstorable(url)) return UNSTORABLE;
      if (!isHttpUrl(url)) return 'must be a web address starting with http:// or https://';
      return undefined;
    }
    case 'DATE': {
      if (typeof value !== 'string') return `must be a date as YYYY-MM-DD (got ${kindOf(value)})`;
      const date = value.trim();
      if (!isRealDate(date)) return 'must be a real calendar date as YYYY-MM-DD';
      if (isSet(field.minDate) && date < field.minDate) return `must be on or after ${field.minDate}`;
      if (isSet(field.maxDate) && date > field.maxDate) return `must be on or before ${field.maxDate}`;
      return undefined;
    }
    case 'SINGLE_SELECT': {
      const options = optionsOf(field);
      if (typeof value !== 'string' || !options.includes(value.trim())) return `must be one of: ${listOptions(options)}`;
      return undefined;
    }
    case 'MULTI_SELECT': {
      const options = optionsOf(field);
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        return `must be a list of options from: ${listOptions(options)}`;
      }
      const allowed = new Set(options);
      const bad = [...new Set((value as string[]).map((v) => v.trim()).filter((v) => !allowed.has(v)))];
      if (bad.length === 0) return undefined;
      const shown = bad.slice(0, BAD_VALUES_LISTED).map(quote).join(', ');
      const more = bad.length > BAD_VALUES_LISTED ? ` and ${bad.length - BAD_VALUES_LISTED} more` : '';
      const verb = bad.length === 1 ? 'is not an option' : 'are not options';
      return `${shown}${more} ${verb}; choose from: ${listOptions(options)}`;
    }
    case 'BOOLEAN':
      return typeof value === 'boolean' ? undefined : `must be true or false (got ${kindOf(value)})`;
    default:
      // A form that passed validateFormDefinition cannot get here; refuse rather than store unchecked data.
      return 'cannot be checked: the form gives this field an unknown type';
  }
}

function normaliseValue(field: FormFieldSpec, value: unknown): unknown {
  switch (field.type) {
    case 'MULTI_SELECT': {
      const chosen = new Set((value as string[]).map((v) => v.trim()));
      return optionsOf(field).filter((option) => chosen.has(option));
    }
    case 'NUMBER':
      // JSON has no -0: store 0 so the stored value equals what any reader gets back.
      return Object.is(value, -0) ? 0 : value;
    case 'BOOLEAN':
      return value;
    default:
      return (value as string).trim();
  }
}

function maxLengthOf(field: FormFieldSpec): number {
  return isSet(field.maxLength) ? field.maxLength : (DEFAULT_MAX_LENGTH[field.type] ?? MAX_LENGTH_LIMIT);
}

/** The form's options as submitted values are matched against them: trimmed, first of equals kept. */
function optionsOf(field: FormFieldSpec): string[] {
  return [...new Set((field.options ?? []).map((o) => o.trim()))];
}

// ---------------------------------------------------------------------------------------------
// Helpers

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

/** A JSON object: not null, not an array, no class instance (Date, Map…); null-prototype objects pass. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // Object.prototype of any realm (jest runs tests in a vm context) has a null prototype itself.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** More than `limit` Unicode code points? Without materialising huge strings. */
function longerThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false; // code points ≤ UTF-16 units
  if (text.length > 2 * limit) return true; // a code point is at most two units
  let count = 0;
  for (const _ of text) if (++count > limit) return true;
  return false;
}

function unstorable(text: string): boolean {
  return unstorableText(text) !== undefined;
}

/** 'YYYY-MM-DD' naming a real day of the proleptic Gregorian calendar. */
function isRealDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}

/**
 * local@domain.tld, checked piece by piece (every pattern is linear: no catastrophic backtracking on
 * hostile input). Unicode letters are allowed (internationalised addresses); quoted local parts and
 * IP-literal domains are not.
 */
function isEmail(text: string): boolean {
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > 64 || domain.length > 253 || !EMAIL_LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => EMAIL_LABEL.test(label))) return false;
  return EMAIL_TLD.test(labels[labels.length - 1]);
}

function isHttpUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

function listOptions(options: string[]): string {
  if (options.length <= OPTIONS_LISTED) return options.join(', ');
  return `${options.slice(0, OPTIONS_LISTED).join(', ')}, … (${options.length - OPTIONS_LISTED} more)`;
}

function quote(text: string): string {
  return JSON.stringify(longerThan(text, QUOTE_MAX) ? `${[...text.slice(0, 2 * QUOTE_MAX)].slice(0, QUOTE_MAX).join('')}…` : text);
}

function echoKey(key: string): string {
  return longerThan(key, ECHOED_KEY_MAX) ? `${[...key.slice(0, 2 * ECHOED_KEY_MAX)].slice(0, ECHOED_KEY_MAX).join('')}…` : key;
}

/** A short name for what was sent instead, for messages ("got a list"). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}
