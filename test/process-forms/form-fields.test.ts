import fc from 'fast-check';
import {
  FIELD_TYPES,
  normaliseFormData,
  validateFormData,
  validateFormDefinition,
  type FieldProblem,
  type FieldType,
  type FormFieldSpec,
} from '../../src/modules/process-forms/form-fields';

// ---------------------------------------------------------------------------------------------
// Helpers

/** A minimal valid field of `type`, with overrides (select types get two options). */
function field(type: FieldType, overrides: Partial<FormFieldSpec> & Record<string, unknown> = {}): FormFieldSpec {
  const base: FormFieldSpec = { key: 'f', label: 'Field', type, required: false };
  if (type === 'SINGLE_SELECT' || type === 'MULTI_SELECT') base.options = ['Low', 'High'];
  return { ...base, ...overrides } as FormFieldSpec;
}

function definition(fields: unknown[], name: unknown = 'Escalation intake'): { name: string; fields: FormFieldSpec[] } {
  return { name, fields } as { name: string; fields: FormFieldSpec[] };
}

/** Problems of a one-field definition. */
function defProblems(spec: FormFieldSpec | Record<string, unknown>): FieldProblem[] {
  return validateFormDefinition(definition([spec]));
}

function paths(problems: FieldProblem[]): string[] {
  return problems.map((p) => p.path).sort();
}

/** Problems of `{ f: value }` against one field. */
function dataProblems(spec: FormFieldSpec, value: unknown): FieldProblem[] {
  return validateFormData([spec], { [spec.key]: value });
}

const emoji = '😀'; // one code point, two UTF-16 units

/** A form using every type, as a support process would: used across data tests and properties. */
const INTAKE: FormFieldSpec[] = [
  { key: 'summary', label: 'Summary', type: 'TEXT', required: true, maxLength: 80 },
  { key: 'details', label: 'Details', type: 'LONG_TEXT', required: false },
  { key: 'affected_users', label: 'Affected users', type: 'NUMBER', required: true, min: 0, max: 10 },
  { key: 'contact', label: 'Contact', type: 'EMAIL', required: true },
  { key: 'ticket_url', label: 'Ticket', type: 'URL', required: false },
  { key: 'since', label: 'Since', type: 'DATE', required: false, minDate: '2026-01-01', maxDate: '2026-12-31' },
  { key: 'severity', label: 'Severity', type: 'SINGLE_SELECT', required: true, options: ['Low', 'High'] },
  { key: 'products', label: 'Products', type: 'MULTI_SELECT', required: false, options: ['Mail', 'Chat', 'Voice'] },
  { key: 'reproducible', label: 'Reproducible', type: 'BOOLEAN', required: true },
];

const VALID_INTAKE = {
  summary: 'Mail stuck in queue',
  affected_users: 3,
  contact: 'ops@vendor.example',
  severity: 'High',
  reproducible: false,
};

// ---------------------------------------------------------------------------------------------

describe('validateFormDefinition', () => {
  it('accepts a form using every field type with each of its constraints', () => {
    expect(validateFormDefinition(definition(INTAKE))).toEqual([]);
    expect(
      validateFormDefinition(
        definition([
          field('TEXT', { key: 'a', maxLength: 1, helpText: 'One letter' }),
          field('LONG_TEXT', { key: 'b', maxLength: 100000 }),
          field('EMAIL', { key: 'c', maxLength: 254, helpText: null }),
          field('URL', { key: 'd', maxLength: 2048 }),
          field('NUMBER', { key: 'e', min: -1.5, max: -1.5 }),
          field('DATE', { key: 'g', minDate: '2024-02-29', maxDate: '2024-02-29' }),
          field('SINGLE_SELECT', { key: 'h', options: ['Yes'] }),
          field('MULTI_SELECT', { key: 'i', options: ['a', 'A'], required: true }),
          field('BOOLEAN', { key: 'j', options: null, min: null, max: null, minDate: null, maxDate: null, maxLength: null }),
        ]),
      ),
    ).toEqual([]);
  });

  it('exposes every field type once', () => {
    expect([...FIELD_TYPES].sort()).toEqual(
      ['BOOLEAN', 'DATE', 'EMAIL', 'LONG_TEXT', 'MULTI_SELECT', 'NUMBER', 'SINGLE_SELECT', 'TEXT', 'URL'],
    );
  });

  it('refuses something that is not an object', () => {
    expect(validateFormDefinition(null as never)).toEqual([{ path: '', message: expect.any(String) }]);
    expect(validateFormDefinition([] as never, 'input')).toEqual([{ path: 'input', message: expect.any(String) }]);
  });

  describe('name', () => {
    it.each([
      ['missing', undefined],
      ['blank', '   '],
      ['not text', 42],
    ])('refuses a %s name', (_label, name) => {
      expect(paths(validateFormDefinition({ name, fields: [field('TEXT')] } as never))).toEqual(['name']);
    });

    it('accepts a name of 200 characters and refuses 201', () => {
      expect(validateFormDefinition(definition([field('TEXT')], 'n'.repeat(200)))).toEqual([]);
      expect(validateFormDefinition(definition([field('TEXT')], 'n'.repeat(201)))).toEqual([
        { path: 'name', message: 'must be at most 200 characters' },
      ]);
    });

    it('counts the name in code points, so 200 emoji fit', () => {
      expect(validateFormDefinition(definition([field('TEXT')], emoji.repeat(200)))).toEqual([]);
    });
  });

  describe('fields', () => {
    it('refuses an empty list of fields', () => {
      expect(validateFormDefinition(definition([]))).toEqual([{ path: 'fields', message: 'must have at least one field' }]);
    });

    it('refuses fields that are not a list', () => {
      expect(validateFormDefinition({ name: 'x', fields: { key: 'a' } } as never)).toEqual([
        { path: 'fields', message: 'must be a list of fields' },
      ]);
    });

    it('accepts 100 fields and refuses 101', () => {
      const many = (n: number) => Array.from({ length: n }, (_, i) => field('TEXT', { key: `f${i}` }));
      expect(validateFormDefinition(definition(many(100)))).toEqual([]);
      expect(paths(validateFormDefinition(definition(many(101))))).toEqual(['fields']);
    });

    it('refuses a field that is not an object', () => {
      expect(validateFormDefinition(definition([field('TEXT'), 'oops', null]))).toEqual([
        { path: 'fields.1', message: expect.any(String) },
        { path: 'fields.2', message: expect.any(String) },
      ]);
    });
  });

  describe('key', () => {
    it.each(['a', 'severity', 'a_1', 'x9', 'constructor'])('accepts the key %j', (key) => {
      expect(defProblems(field('TEXT', { key }))).toEqual([]);
    });

    it.each(['Severity', '1st', '_x', 'a-b', 'a b', 'é', '__proto__', ' a'])('refuses the key %j', (key) => {
      expect(defProblems(field('TEXT', { key }))).toEqual([
        { path: 'fields.0.key', message: 'must start with a lower-case letter and contain only a-z, 0-9 and _' },
      ]);
    });

    it('refuses a missing or empty key as required', () => {
      expect(defProblems(field('TEXT', { key: '' }))).toEqual([{ path: 'fields.0.key', message: 'is required' }]);
      expect(defProblems(field('TEXT', { key: undefined }))).toEqual([{ path: 'fields.0.key', message: 'is required' }]);
    });

    it('accepts a key of 64 characters and refuses 65', () => {
      expect(defProblems(field('TEXT', { key: 'k'.repeat(64) }))).toEqual([]);
      expect(defProblems(field('TEXT', { key: 'k'.repeat(65) }))).toEqual([
        { path: 'fields.0.key', message: 'must be at most 64 characters' },
      ]);
    });

    it('refuses a duplicate key at its second (and every later) occurrence', () => {
      const problems = validateFormDefinition(
        definition([field('TEXT', { key: 'a' }), field('NUMBER', { key: 'b' }), field('DATE', { key: 'a' }), field('URL', { key: 'a' })]),
      );
      expect(paths(problems)).toEqual(['fields.2.key', 'fields.3.key']);
      expect(problems[0].message).toContain('fields.0');
    });
  });

  describe('label and helpText', () => {
    it('refuses a blank or missing label', () => {
      expect(paths(defProblems(field('TEXT', { label: ' \n ' })))).toEqual(['fields.0.label']);
      expect(paths(defProblems(field('TEXT', { label: undefined })))).toEqual(['fields.0.label']);
    });

    it('accepts a label of 200 characters and refuses 201', () => {
      expect(defProblems(field('TEXT', { label: 'l'.repeat(200) }))).toEqual([]);
      expect(paths(defProblems(field('TEXT', { label: 'l'.repeat(201) })))).toEqual(['fields.0.label']);
    });

    it('accepts help text of 2000 characters and refuses 2001', () => {
      expect(defProblems(field('NUMBER', { helpText: 'h'.repeat(2000) }))).toEqual([]);
      expect(defProblems(field('NUMBER', { helpText: 'h'.repeat(2001) }))).toEqual([
        { path: 'fields.0.helpText', message: 'must be at most 2000 characters' },
      ]);
    });

    it('accepts help text on any type, and none at all', () => {
      for (const type of FIELD_TYPES) {
        expect(defProblems(field(type, { helpText: 'Why we ask' }))).toEqual([]);
        expect(defProblems(field(type, { helpText: null }))).toEqual([]);
      }
    });
  });

  describe('type and required', () => {
    it('refuses an unknown type, naming the allowed ones', () => {
      const problems = defProblems({ key: 'a', label: 'A', type: 'PHONE', required: true });
      expect(problems).toEqual([{ path: 'fields.0.type', message: expect.stringContaining('SINGLE_SELECT') }]);
    });

    it('refuses required that is not true or false', () => {
      expect(defProblems({ key: 'a', label: 'A', type: 'TEXT', required: 'yes' })).toEqual([
        { path: 'fields.0.required', message: 'must be true or false' },
      ]);
    });
  });

  describe('options', () => {
    it.each(['SINGLE_SELECT', 'MULTI_SELECT'] as const)('requires options for %s', (type) => {
      expect(paths(defProblems(field(type, { options: undefined })))).toEqual(['fields.0.options']);
      expect(paths(defProblems(field(type, { options: null })))).toEqual(['fields.0.options']);
      expect(defProblems(field(type, { options: [] }))).toEqual([
        { path: 'fields.0.options', message: 'must have at least one option' },
      ]);
    });

    it.each(['TEXT', 'LONG_TEXT', 'NUMBER', 'EMAIL', 'URL', 'DATE', 'BOOLEAN'] as const)(
      'refuses options on a %s field',
      (type) => {
        expect(defProblems(field(type, { options: ['a'] }))).toEqual([
          { path: 'fields.0.options', message: expect.stringContaining('only for select fields') },
        ]);
      },
    );

    it('refuses a blank, too long or non-text option at its index', () => {
      expect(paths(defProblems(field('SINGLE_SELECT', { options: ['ok', '  ', 'o'.repeat(201), 7 as never] })))).toEqual([
        'fields.0.options.1',
        'fields.0.options.2',
        'fields.0.options.3',
      ]);
      expect(defProblems(field('SINGLE_SELECT', { options: ['o'.repeat(200)] }))).toEqual([]);
    });

    it('refuses an option repeated after trimming, but tells case apart', () => {
      expect(paths(defProblems(field('MULTI_SELECT', { options: ['Low', ' Low ', 'High'] })))).toEqual(['fields.0.options.1']);
      expect(defProblems(field('MULTI_SELECT', { options: ['low', 'Low', 'LOW'] }))).toEqual([]);
    });

    it('accepts 200 options and refuses 201', () => {
      const options = (n: number) => Array.from({ length: n }, (_, i) => `Option ${i}`);
      expect(defProblems(field('SINGLE_SELECT', { options: options(200) }))).toEqual([]);
      expect(paths(defProblems(field('SINGLE_SELECT', { options: options(201) })))).toEqual(['fields.0.options']);
    });

    it('refuses options that are not a list', () => {
      expect(paths(defProblems(field('SINGLE_SELECT', { options: 'Low,High' as never })))).toEqual(['fields.0.options']);
    });
  });

  describe('min and max', () => {
    it('accepts min equal to max, and either alone', () => {
      expect(defProblems(field('NUMBER', { min: 5, max: 5 }))).toEqual([]);
      expect(defProblems(field('NUMBER', { min: -3 }))).toEqual([]);
      expect(defProblems(field('NUMBER', { max: 0.5 }))).toEqual([]);
    });

    it('refuses min above max, at max', () => {
      expect(defProblems(field('NUMBER', { min: 10, max: 1 }))).toEqual([
        { path: 'fields.0.max', message: 'must be at least min (10)' },
      ]);
    });

    it.each([NaN, Infinity, -Infinity, '5'])('refuses the bound %p', (bound) => {
      expect(paths(defProblems(field('NUMBER', { min: bound as number, max: bound as number })))).toEqual([
        'fields.0.max',
        'fields.0.min',
      ]);
    });

    it.each(['TEXT', 'DATE', 'SINGLE_SELECT', 'BOOLEAN'] as const)('refuses min and max on a %s field', (type) => {
      const problems = defProblems(field(type, { min: 1, max: 2 }));
      expect(paths(problems)).toEqual(['fields.0.max', 'fields.0.min']);
      expect(problems[0].message).toBe('is only for NUMBER fields');
    });
  });

  describe('minDate and maxDate', () => {
    it('accepts real dates in order, including a leap day', () => {
      expect(defProblems(field('DATE', { minDate: '2024-02-29', maxDate: '2026-12-31' }))).toEqual([]);
    });

    it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-5', '26-01-05', '2026-01-05T00:00:00Z', 'today'])(
      'refuses the date %j',
      (date) => {
        expect(defProblems(field('DATE', { minDate: date }))).toEqual([
          { path: 'fields.0.minDate', message: 'must be a real calendar date as YYYY-MM-DD' },
        ]);
      },
    );

    it('refuses minDate after maxDate, at maxDate', () => {
      expect(defProblems(field('DATE', { minDate: '2026-06-02', maxDate: '2026-06-01' }))).toEqual([
        { path: 'fields.0.maxDate', message: 'must be on or after minDate (2026-06-02)' },
      ]);
    });

    it.each(['TEXT', 'NUMBER', 'MULTI_SELECT'] as const)('refuses minDate and maxDate on a %s field', (type) => {
      expect(paths(defProblems(field(type, { minDate: '2026-01-01', maxDate: '2026-02-01' })))).toEqual([
        'fields.0.maxDate',
        'fields.0.minDate',
      ]);
    });
  });

  describe('maxLength', () => {
    it.each(['TEXT', 'LONG_TEXT', 'EMAIL', 'URL'] as const)('accepts maxLength 1 and 100000 on a %s field', (type) => {
      expect(defProblems(field(type, { maxLength: 1 }))).toEqual([]);
      expect(defProblems(field(type, { maxLength: 100000 }))).toEqual([]);
    });

    it.each([0, -1, 100001, 1.5, NaN, '10'])('refuses maxLength %p', (maxLength) => {
      expect(defProblems(field('TEXT', { maxLength: maxLength as number }))).toEqual([
        { path: 'fields.0.maxLength', message: 'must be a whole number from 1 to 100000' },
      ]);
    });

    it.each(['NUMBER', 'DATE', 'SINGLE_SELECT', 'MULTI_SELECT', 'BOOLEAN'] as const)('refuses maxLength on a %s field', (type) => {
      expect(defProblems(field(type, { maxLength: 10 }))).toEqual([
        { path: 'fields.0.maxLength', message: 'is only for TEXT, LONG_TEXT, EMAIL and URL fields' },
      ]);
    });
  });

  it('reports every problem at once, under the path prefix', () => {
    const problems = validateFormDefinition(
      definition(
        [
          field('TEXT', { key: 'Bad' }),
          field('NUMBER', { key: 'n', min: 3, max: 1, options: ['x'] }),
          field('SINGLE_SELECT', { key: 'n', options: [] }),
          { key: 'ok', label: '', type: 'TEXT', required: true },
        ],
        '',
      ),
      'input',
    );
    expect(paths(problems)).toEqual([
      'input.fields.0.key',
      'input.fields.1.max',
      'input.fields.1.options',
      'input.fields.2.key',
      'input.fields.2.options',
      'input.fields.3.label',
      'input.name',
    ]);
  });

  it('still checks formats when the type is unknown', () => {
    expect(paths(defProblems({ key: 'a', label: 'A', type: 'NOPE', required: true, maxLength: -1 }))).toEqual([
      'fields.0.maxLength',
      'fields.0.type',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withDate: true, withMap: true }), (def) => {
        validateFormDefinition(def as never);
        validateFormDefinition({ name: 'x', fields: [def] } as never);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('validateFormData', () => {
  it('accepts a valid payload', () => {
    expect(validateFormData(INTAKE, VALID_INTAKE)).toEqual([]);
  });

  describe('the payload itself', () => {
    it.each([
      ['null', null],
      ['an array', [VALID_INTAKE]],
      ['a string', JSON.stringify(VALID_INTAKE)],
      ['a number', 1],
      ['undefined', undefined],
      ['a Date', new Date()],
      ['a Map', new Map([['summary', 'x']])],
    ])('refuses %s with one problem at data', (_label, data) => {
      expect(validateFormData(INTAKE, data)).toEqual([{ path: 'data', message: expect.stringContaining('JSON object') }]);
    });

    it('accepts an object without a prototype', () => {
      expect(validateFormData(INTAKE, Object.assign(Object.create(null), VALID_INTAKE))).toEqual([]);
    });

    it('uses the path prefix it is given', () => {
      expect(validateFormData(INTAKE, null, 'input.data')).toEqual([{ path: 'input.data', message: expect.any(String) }]);
      expect(validateFormData(INTAKE, { ...VALID_INTAKE, severity: 'Meh' }, 'input.data')).toEqual([
        { path: 'input.data.severity', message: 'must be one of: Low, High' },
      ]);
    });

    it('refuses each unknown key once', () => {
      expect(validateFormData(INTAKE, { ...VALID_INTAKE, priority: 'P1', Severity: 'High' })).toEqual([
        { path: 'data.priority', message: 'is not a field of this form' },
        { path: 'data.Severity', message: 'is not a field of this form' },
      ]);
    });
  });

  describe('required and optional', () => {
    const text = field('TEXT', { key: 't', required: true });

    it.each([
      ['missing', {}],
      ['null', { t: null }],
      ['an empty string', { t: '' }],
      ['a blank string', { t: ' \t\n\u00a0 ' }],
    ])('refuses a required field that is %s', (_label, data) => {
      expect(validateFormData([text], data)).toEqual([{ path: 'data.t', message: 'is required' }]);
    });

    it('treats an empty list as missing for a required MULTI_SELECT', () => {
      expect(dataProblems(field('MULTI_SELECT', { required: true }), [])).toEqual([{ path: 'data.f', message: 'is required' }]);
    });

    it('counts false as a value for a required BOOLEAN', () => {
      expect(dataProblems(field('BOOLEAN', { required: true }), false)).toEqual([]);
      expect(dataProblems(field('BOOLEAN', { required: true }), null)).toEqual([{ path: 'data.f', message: 'is required' }]);
    });

    it('counts 0 as a value for a required NUMBER', () => {
      expect(dataProblems(field('NUMBER', { required: true }), 0)).toEqual([]);
    });

    it.each(FIELD_TYPES)('lets an optional %s field be absent, null or blank', (type) => {
      const spec = field(type);
      expect(validateFormData([spec], {})).toEqual([]);
      expect(dataProblems(spec, null)).toEqual([]);
      expect(dataProblems(spec, '  ')).toEqual([]);
    });

    it.each(FIELD_TYPES)('requires a required %s field', (type) => {
      expect(validateFormData([field(type, { required: true })], {})).toEqual([{ path: 'data.f', message: 'is required' }]);
    });
  });

  describe('TEXT and LONG_TEXT', () => {
    it('accepts text, including line breaks', () => {
      expect(dataProblems(field('TEXT'), 'line one\nline two')).toEqual([]);
      expect(dataProblems(field('LONG_TEXT'), 'a\r\nb')).toEqual([]);
    });

    it.each([
      ['a number', 42],
      ['a boolean', true],
      ['a list', ['a']],
      ['an object', { text: 'a' }],
    ])('refuses %s', (_label, value) => {
      expect(dataProblems(field('TEXT'), value)).toEqual([{ path: 'data.f', message: expect.stringMatching(/^must be text/) }]);
    });

    it('limits TEXT to 1000 characters by default', () => {
      expect(dataProblems(field('TEXT'), 'x'.repeat(1000))).toEqual([]);
      expect(dataProblems(field('TEXT'), 'x'.repeat(1001))).toEqual([
        { path: 'data.f', message: 'must be at most 1000 characters' },
      ]);
    });

    it('limits LONG_TEXT to 20000 characters by default', () => {
      expect(dataProblems(field('LONG_TEXT'), 'x'.repeat(20000))).toEqual([]);
      expect(dataProblems(field('LONG_TEXT'), 'x'.repeat(20001))).toEqual([
        { path: 'data.f', message: 'must be at most 20000 characters' },
      ]);
    });

    it('applies the field maxLength instead of the default', () => {
      expect(dataProblems(field('TEXT', { maxLength: 5 }), 'abcde')).toEqual([]);
      expect(dataProblems(field('TEXT', { maxLength: 5 }), 'abcdef')).toEqual([{ path: 'data.f', message: 'must be at most 5 characters' }]);
      expect(dataProblems(field('TEXT', { maxLength: 5000 }), 'x'.repeat(5000))).toEqual([]);
    });

    it('counts an emoji as one character', () => {
      expect(dataProblems(field('TEXT', { maxLength: 3 }), emoji.repeat(3))).toEqual([]);
      expect(dataProblems(field('TEXT', { maxLength: 3 }), emoji.repeat(4))).toEqual([
        { path: 'data.f', message: 'must be at most 3 characters' },
      ]);
      expect(dataProblems(field('TEXT'), emoji.repeat(1000))).toEqual([]);
      expect(dataProblems(field('TEXT'), 'Привет, 世界 ' + emoji)).toEqual([]);
    });

    it('counts characters after trimming', () => {
      expect(dataProblems(field('TEXT', { maxLength: 3 }), '   abc   ')).toEqual([]);
    });

    it('refuses a NUL character or a broken surrogate, which cannot be stored', () => {
      expect(dataProblems(field('TEXT'), 'a\u0000b')).toEqual([{ path: 'data.f', message: expect.stringContaining('cannot be stored') }]);
      expect(dataProblems(field('TEXT'), 'a\ud83db')).toEqual([{ path: 'data.f', message: expect.stringContaining('cannot be stored') }]);
      expect(dataProblems(field('TEXT'), JSON.parse('"broken \\ude00"'))).toHaveLength(1);
    });
  });

  describe('NUMBER', () => {
    it.each([0, -0, 7, -2.5, 1e-9, Number.MAX_SAFE_INTEGER])('accepts %p without bounds', (n) => {
      expect(dataProblems(field('NUMBER'), n)).toEqual([]);
    });

    it.each([
      ['a numeric string', '5'],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
      ['a boolean', true],
      ['a list', [5]],
      ['an object', { value: 5 }],
    ])('refuses %s', (_label, value) => {
      expect(dataProblems(field('NUMBER'), value)).toEqual([{ path: 'data.f', message: expect.stringMatching(/^must be a (finite )?number/) }]);
    });

    it('accepts the bounds themselves', () => {
      expect(dataProblems(field('NUMBER', { min: 1, max: 10 }), 1)).toEqual([]);
      expect(dataProblems(field('NUMBER', { min: 1, max: 10 }), 10)).toEqual([]);
    });

    it('refuses a number above max', () => {
      expect(dataProblems(field('NUMBER', { min: 1, max: 10 }), 10.5)).toEqual([{ path: 'data.f', message: 'must be at most 10' }]);
    });

    it('refuses a number below min', () => {
      expect(dataProblems(field('NUMBER', { min: 1, max: 10 }), 0)).toEqual([{ path: 'data.f', message: 'must be at least 1' }]);
    });
  });

  describe('EMAIL', () => {
    it.each([
      'ops@vendor.example',
      'first.last+tag@mail.example.co.uk',
      "o'brien@example.ie",
      'x@a-b.io',
      'müller@bücher.de',
      '  padded@example.com  ',
      'user@xn--bcher-kva.de',
    ])('accepts %j', (email) => {
      expect(dataProblems(field('EMAIL'), email)).toEqual([]);
    });

    it.each([
      'plainaddress',
      '@example.com',
      'user@',
      'user@localhost',
      'user@example',
      'user@@example.com',
      'a@b@example.com',
      'user name@example.com',
      'user@exam ple.com',
      '.user@example.com',
      'user.@example.com',
      'us..er@example.com',
      'user@-example.com',
      'user@example-.com',
      'user@example..com',
      'user@example.c',
      'user@example.123',
      'user@[192.168.0.1]',
      'user@exam\nple.com',
      'u\u0000@example.com',
    ])('refuses %j', (email) => {
      expect(dataProblems(field('EMAIL'), email)).toEqual([{ path: 'data.f', message: 'must be an email address like name@example.com' }]);
    });

    it('refuses something that is not text', () => {
      expect(dataProblems(field('EMAIL'), { email: 'a@b.co' })).toEqual([{ path: 'data.f', message: expect.stringMatching(/^must be an email address/) }]);
    });

    it('limits addresses to 254 characters by default, and to maxLength when set', () => {
      // 64-character local part, 63-character labels: the longest parts a sane address has
      const address = (length: number) => `${'a'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(length - 197)}.com`;
      expect(address(254)).toHaveLength(254);
      expect(dataProblems(field('EMAIL'), address(254))).toEqual([]);
      expect(dataProblems(field('EMAIL'), address(255))).toEqual([{ path: 'data.f', message: 'must be at most 254 characters' }]);
      expect(dataProblems(field('EMAIL', { maxLength: 10 }), 'abc@def.gh')).toEqual([]);
      expect(dataProblems(field('EMAIL', { maxLength: 10 }), 'abcd@def.gh')).toEqual([{ path: 'data.f', message: 'must be at most 10 characters' }]);
    });
  });

  describe('URL', () => {
    it.each(['https://vendor.example/tickets/42', 'http://localhost:8080/x?y=1#z', 'https://例え.jp/パス', ' https://trimmed.example '])(
      'accepts %j',
      (url) => {
        expect(dataProblems(field('URL'), url)).toEqual([]);
      },
    );

    it.each([
      'vendor.example/tickets/42',
      'ftp://files.example/x',
      'javascript:alert(1)',
      'mailto:ops@vendor.example',
      'file:///etc/passwd',
      'data:text/html,hi',
      'http://',
      'https://',
      'not a url',
    ])('refuses %j', (url) => {
      expect(dataProblems(field('URL'), url)).toEqual([{ path: 'data.f', message: expect.stringMatching(/^must be a web address/) }]);
    });

    it('refuses spaces or line breaks inside the address', () => {
      expect(dataProblems(field('URL'), 'https://a.example/x y')).toEqual([
        { path: 'data.f', message: 'must be a web address without spaces or line breaks' },
      ]);
      expect(dataProblems(field('URL'), 'https://a.exa\nmple/')).toHaveLength(1);
    });

    it('limits addresses to 2048 characters by default, and to maxLength when set', () => {
      const url = (length: number) => `https://a.example/${'p'.repeat(length - 18)}`;
      expect(dataProblems(field('URL'), url(2048))).toEqual([]);
      expect(dataProblems(field('URL'), url(2049))).toEqual([{ path: 'data.f', message: 'must be at most 2048 characters' }]);
      expect(dataProblems(field('URL', { maxLength: 20 }), url(20))).toEqual([]);
      expect(dataProblems(field('URL', { maxLength: 20 }), url(21))).toEqual([{ path: 'data.f', message: 'must be at most 20 characters' }]);
    });

    it('refuses something that is not text', () => {
      expect(dataProblems(field('URL'), 42)).toEqual([{ path: 'data.f', message: 'must be a web address (got a number)' }]);
    });
  });

  describe('DATE', () => {
    it.each(['2026-03-15', '2024-02-29', '2000-02-29', '2026-12-31', ' 2026-01-01 '])('accepts %j', (date) => {
      expect(dataProblems(field('DATE'), date)).toEqual([]);
    });

    it.each(['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-01', '2026-01-00', '2026-1-1', '2026/01/01', '2026-01-01T10:00:00Z', '15.03.2026'])(
      'refuses %j',
      (date) => {
        expect(dataProblems(field('DATE'), date)).toEqual([{ path: 'data.f', message: 'must be a real calendar date as YYYY-MM-DD' }]);
      },
    );

    it('refuses something that is not text', () => {
      expect(dataProblems(field('DATE'), 20260101)).toEqual([{ path: 'data.f', message: expect.stringMatching(/^must be a date as YYYY-MM-DD/) }]);
    });

    it('accepts the bounds themselves and refuses dates outside them', () => {
      const spec = field('DATE', { minDate: '2026-01-01', maxDate: '2026-12-31' });
      expect(dataProblems(spec, '2026-01-01')).toEqual([]);
      expect(dataProblems(spec, '2026-12-31')).toEqual([]);
      expect(dataProblems(spec, '2025-12-31')).toEqual([{ path: 'data.f', message: 'must be on or after 2026-01-01' }]);
      expect(dataProblems(spec, '2027-01-01')).toEqual([{ path: 'data.f', message: 'must be on or before 2026-12-31' }]);
    });
  });

  describe('SINGLE_SELECT', () => {
    it('accepts one of the options', () => {
      expect(dataProblems(field('SINGLE_SELECT'), 'Low')).toEqual([]);
      expect(dataProblems(field('SINGLE_SELECT'), ' High ')).toEqual([]);
    });

    it.each([
      ['another word', 'Medium'],
      ['another case', 'low'],
      ['a list', ['Low']],
      ['a number', 1],
    ])('refuses %s, naming the options', (_label, value) => {
      expect(dataProblems(field('SINGLE_SELECT'), value)).toEqual([{ path: 'data.f', message: 'must be one of: Low, High' }]);
    });

    it('keeps the message short for forms with many options', () => {
      const options = Array.from({ length: 200 }, (_, i) => `Option ${i}`);
      const [problem] = dataProblems(field('SINGLE_SELECT', { options }), 'nope');
      expect(problem.message).toContain('Option 19, … (180 more)');
    });
  });

  describe('MULTI_SELECT', () => {
    it('accepts options, in any order, with repeats', () => {
      expect(dataProblems(field('MULTI_SELECT'), ['High'])).toEqual([]);
      expect(dataProblems(field('MULTI_SELECT'), ['High', 'Low', 'High'])).toEqual([]);
    });

    it('reports the values that are not options, once, in one problem', () => {
      expect(dataProblems(field('MULTI_SELECT'), ['Low', 'Mid', 'high', 'Mid'])).toEqual([
        { path: 'data.f', message: '"Mid", "high" are not options; choose from: Low, High' },
      ]);
      expect(dataProblems(field('MULTI_SELECT'), ['Mid'])).toEqual([
        { path: 'data.f', message: '"Mid" is not an option; choose from: Low, High' },
      ]);
    });

    it('quotes at most five bad values, each shortened', () => {
      const [problem] = dataProblems(field('MULTI_SELECT'), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'.repeat(10_000)]);
      expect(problem.message).toContain('and 3 more are not options');
      expect(problem.message.length).toBeLessThan(200);
    });

    it.each([
      ['a single string', 'Low'],
      ['a list with a number', ['Low', 1]],
      ['a list with an object', [{ value: 'Low' }]],
      ['a list with null', [null]],
      ['an object', { 0: 'Low' }],
    ])('refuses %s', (_label, value) => {
      expect(dataProblems(field('MULTI_SELECT'), value)).toEqual([{ path: 'data.f', message: 'must be a list of options from: Low, High' }]);
    });
  });

  describe('BOOLEAN', () => {
    it.each([true, false])('accepts %p', (value) => {
      expect(dataProblems(field('BOOLEAN'), value)).toEqual([]);
    });

    it.each(['true', 'false', 1, 0, ['true'], {}])('refuses %p', (value) => {
      expect(dataProblems(field('BOOLEAN'), value)).toEqual([{ path: 'data.f', message: expect.stringMatching(/^must be true or false/) }]);
    });
  });

  it('reports all problems at once, one per bad field', () => {
    const problems = validateFormData(INTAKE, {
      summary: 'x'.repeat(81),
      affected_users: 11,
      contact: 'not-an-email',
      severity: 'Critical',
      reproducible: true,
    });
    expect(problems).toEqual([
      { path: 'data.summary', message: 'must be at most 80 characters' },
      { path: 'data.affected_users', message: 'must be at most 10' },
      { path: 'data.contact', message: 'must be an email address like name@example.com' },
      { path: 'data.severity', message: 'must be one of: Low, High' },
    ]);
  });

  it('reports missing required fields, bad values and unknown keys together', () => {
    expect(paths(validateFormData(INTAKE, { products: ['Fax'], since: '2025-06-01', extra: 1 }))).toEqual([
      'data.affected_users',
      'data.contact',
      'data.extra',
      'data.products',
      'data.reproducible',
      'data.severity',
      'data.since',
      'data.summary',
    ]);
  });

  describe('hostile input', () => {
    it('refuses huge strings quickly in every text-like field', () => {
      const huge = 'x'.repeat(10_000_000);
      const started = Date.now();
      const problems = validateFormData(INTAKE, {
        ...VALID_INTAKE,
        summary: huge,
        details: huge,
        contact: huge,
        ticket_url: huge,
        since: huge,
        severity: huge,
        products: [huge, huge],
      });
      expect(paths(problems)).toEqual(['data.contact', 'data.details', 'data.products', 'data.severity', 'data.since', 'data.summary', 'data.ticket_url']);
      expect(problems.every((p) => p.message.length < 300)).toBe(true);
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('does not backtrack on pathological email-like input', () => {
      const started = Date.now();
      const spec = field('EMAIL', { maxLength: 100000 });
      expect(dataProblems(spec, `a@${'a-'.repeat(40_000)}`)).toHaveLength(1);
      expect(dataProblems(spec, `${'a.'.repeat(40_000)}@example.com`)).toHaveLength(1);
      expect(dataProblems(spec, `a@${'a.'.repeat(40_000)}!`)).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('refuses nested objects where a value is expected', () => {
      const nested = JSON.parse('{"a":{"b":{"c":[1,{"d":"e"}]}}}');
      const problems = validateFormData(INTAKE, {
        summary: nested,
        affected_users: nested,
        contact: nested,
        severity: nested,
        reproducible: nested,
        since: [nested],
      });
      expect(paths(problems)).toEqual(['data.affected_users', 'data.contact', 'data.reproducible', 'data.severity', 'data.since', 'data.summary']);
    });

    it('treats __proto__, constructor and prototype keys as unknown keys without polluting prototypes', () => {
      const data = JSON.parse(
        '{"summary":"s","affected_users":1,"contact":"a@b.co","severity":"Low","reproducible":true,' +
          '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
      );
      expect(validateFormData(INTAKE, data)).toEqual([
        { path: 'data.__proto__', message: 'is not a field of this form' },
        { path: 'data.constructor', message: 'is not a field of this form' },
        { path: 'data.prototype', message: 'is not a field of this form' },
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('does not mistake inherited properties for values of fields named like them', () => {
      const spec = field('TEXT', { key: 'constructor', required: true });
      expect(validateFormData([spec], {})).toEqual([{ path: 'data.constructor', message: 'is required' }]);
      expect(validateFormData([field('TEXT', { key: 'constructor' })], {})).toEqual([]);
      expect(validateFormData([spec], JSON.parse('{"constructor":"Acme"}'))).toEqual([]);
      expect(normaliseFormData([spec], JSON.parse('{"constructor":" Acme "}'))).toEqual({ constructor: 'Acme' });
    });

    it('limits the problems for a flood of unknown keys and shortens very long keys', () => {
      const flood: Record<string, unknown> = { ...VALID_INTAKE };
      for (let i = 0; i < 5000; i++) flood[`k${i}`] = i;
      const problems = validateFormData(INTAKE, flood);
      expect(problems).toHaveLength(51);
      expect(problems[50]).toEqual({ path: 'data', message: 'has 4950 more keys that are not fields of this form' });

      const [long] = validateFormData(INTAKE, { ...VALID_INTAKE, ['k'.repeat(100_000)]: 1 });
      expect(long.path.length).toBeLessThan(120);
    });
  });

  it('never throws, whatever data it is given', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBigInt: true,
      withObjectString: true,
    });
    const forms: FormFieldSpec[][] = [
      INTAKE,
      [field('TEXT', { key: 'constructor', required: true }), field('MULTI_SELECT', { key: 'tags', options: ['a', 'b'] })],
      [field('BOOLEAN', { key: 'ok', required: true })],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...forms), anything, (form, data) => {
        const problems = validateFormData(form, data);
        expect(Array.isArray(problems)).toBe(true);
        // also as the value of each field and as a whole JSON payload
        for (const spec of form) validateFormData(form, { [spec.key]: data });
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.jsonValue(), (form, data) => {
        validateFormData(form, data);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('normaliseFormData', () => {
  it('trims strings, keeps numbers and booleans, and orders keys like the form', () => {
    const normalised = normaliseFormData(INTAKE, {
      reproducible: false,
      severity: ' High ',
      contact: '  ops@vendor.example ',
      affected_users: 0,
      summary: '  Mail stuck  ',
      since: ' 2026-03-01 ',
      ticket_url: ' https://vendor.example/t/1 ',
      details: '\n  line one\n  line two\n',
    });
    expect(normalised).toEqual({
      summary: 'Mail stuck',
      details: 'line one\n  line two',
      affected_users: 0,
      contact: 'ops@vendor.example',
      ticket_url: 'https://vendor.example/t/1',
      since: '2026-03-01',
      severity: 'High',
      reproducible: false,
    });
    expect(Object.keys(normalised)).toEqual(['summary', 'details', 'affected_users', 'contact', 'ticket_url', 'since', 'severity', 'reproducible']);
  });

  it('de-duplicates MULTI_SELECT values in the form option order', () => {
    expect(normaliseFormData(INTAKE, { ...VALID_INTAKE, products: ['Voice', ' Mail', 'Voice', 'Mail '] }).products).toEqual(['Mail', 'Voice']);
  });

  it('omits absent, null and blank optional fields, and an empty optional MULTI_SELECT', () => {
    const normalised = normaliseFormData(INTAKE, { ...VALID_INTAKE, details: '   ', ticket_url: null, products: [] });
    expect(Object.keys(normalised).sort()).toEqual(['affected_users', 'contact', 'reproducible', 'severity', 'summary']);
  });

  it('returns a fresh object and leaves the input alone', () => {
    const input = { ...VALID_INTAKE, summary: ' padded ' };
    const normalised = normaliseFormData(INTAKE, input);
    expect(normalised).not.toBe(input);
    expect(input.summary).toBe(' padded ');
  });

  it('throws when called with data that validateFormData refuses', () => {
    expect(() => normaliseFormData(INTAKE, { ...VALID_INTAKE, severity: 'Meh' })).toThrow(/data\.severity: must be one of/);
  });

  it('round-trips accepted data: only form keys, still valid, stable, and JSON-safe', () => {
    const textish = fc.oneof(
      fc.string({ maxLength: 90 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('  padded  ', '', '   ', 'a\u0000b', 'x'.repeat(81)),
    );
    /** Mostly valid values (so the accepting branch is reached often), sometimes noise. */
    const valueFor = (spec: FormFieldSpec): fc.Arbitrary<unknown> => {
      const noise = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), textish, fc.anything());
      /** [always valid, borderline (valid or not)] for the field's type. */
      const [valid, borderline] = ((): [fc.Arbitrary<unknown>, fc.Arbitrary<unknown>] => {
        switch (spec.type) {
          case 'NUMBER':
            return [fc.double({ min: 0, max: 10, noNaN: true }), fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double())];
          case 'EMAIL':
            return [fc.emailAddress(), fc.constantFrom(' ops@vendor.example ', 'bad@', 'a@b.co', 'x@y')];
          case 'URL':
            return [fc.webUrl(), fc.constantFrom(' https://x.example/ ', 'ftp://x.example', 'https://')];
          case 'DATE':
            return [
              fc
                .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
                .map((d) => d.toISOString().slice(0, 10)),
              fc.constantFrom('2025-12-31', '2027-01-01', '2026-02-30', ' 2026-05-05 '),
            ];
          case 'SINGLE_SELECT':
            return [fc.constantFrom(...(spec.options ?? []), ' Low '), fc.constantFrom('Other', 'low')];
          case 'MULTI_SELECT':
            return [
              fc.array(fc.constantFrom(...(spec.options ?? []), ' Chat '), { maxLength: 6 }),
              fc.array(fc.constantFrom(...(spec.options ?? []), 'Fax'), { maxLength: 6 }),
            ];
          case 'BOOLEAN':
            return [fc.boolean(), fc.constantFrom('true', 0)];
          default:
            return [fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), textish];
        }
      })();
      return fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: borderline, weight: 2 }, { arbitrary: noise, weight: 1 });
    };
    const record = Object.fromEntries(INTAKE.map((spec) => [spec.key, valueFor(spec)]));
    const requiredKeys = INTAKE.filter((spec) => spec.required).map((spec) => spec.key);
    const dataArb = fc.oneof(
      { arbitrary: fc.record(record, { requiredKeys }), weight: 4 },
      { arbitrary: fc.record(record, { requiredKeys: [] }), weight: 1 },
      {
        arbitrary: fc
          .record(record, { requiredKeys })
          .chain((r) => fc.dictionary(fc.string(), fc.anything(), { maxKeys: 2 }).map((extra) => ({ ...extra, ...r }))),
        weight: 1,
      },
    );
    const formKeys = new Set(INTAKE.map((spec) => spec.key));
    let accepted = 0;
    fc.assert(
      fc.property(dataArb, (data) => {
        if (validateFormData(INTAKE, data).length > 0) return;
        accepted++;
        const normalised = normaliseFormData(INTAKE, data as Record<string, unknown>);
        expect(Object.keys(normalised).every((key) => formKeys.has(key))).toBe(true);
        expect(validateFormData(INTAKE, normalised)).toEqual([]);
        expect(normaliseFormData(INTAKE, normalised)).toEqual(normalised);
        expect(JSON.parse(JSON.stringify(normalised))).toEqual(normalised);
      }),
      { numRuns: 3000 },
    );
    // the generator must actually reach the accepting branch for the property to mean anything
    expect(accepted).toBeGreaterThan(300);
  });

  it('keeps only form keys for any accepted payload built from anything', () => {
    const forms: FormFieldSpec[][] = [
      [field('TEXT', { key: 'a' }), field('BOOLEAN', { key: 'b' })],
      [field('NUMBER', { key: 'n' }), field('MULTI_SELECT', { key: 'm' })],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.anything({ withNullPrototype: true }), (form, data) => {
        if (validateFormData(form, data).length > 0) return;
        const keys = new Set(form.map((spec) => spec.key));
        expect(Object.keys(normaliseFormData(form, data as Record<string, unknown>)).every((key) => keys.has(key))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
