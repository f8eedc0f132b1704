import { Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { validateFormDefinition } from '@server-rules';
import { useState } from 'react';
import type { FieldType, FormFieldInput } from '../../graphql/generated/graphql';
import { ErrorAlert, fieldProblems } from '../../ui/errors';
import type { FieldSpec } from '../../forms/form-field-control';

const TYPES: Array<{ value: FieldType; label: string }> = [
  { value: 'TEXT', label: 'Text' },
  { value: 'LONG_TEXT', label: 'Long text' },
  { value: 'NUMBER', label: 'Number' },
  { value: 'EMAIL', label: 'E-mail' },
  { value: 'URL', label: 'URL' },
  { value: 'DATE', label: 'Date' },
  { value: 'SINGLE_SELECT', label: 'Single select' },
  { value: 'MULTI_SELECT', label: 'Multi select' },
  { value: 'BOOLEAN', label: 'Yes / no' },
];

interface DraftField {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  options: string;
  min: number | '';
  max: number | '';
  minDate: string;
  maxDate: string;
  maxLength: number | '';
  helpText: string;
}

function draftOf(f: FieldSpec): DraftField {
  return {
    key: f.key, label: f.label, type: f.type, required: f.required,
    options: (f.options ?? []).join(', '), min: f.min ?? '', max: f.max ?? '', minDate: f.minDate ?? '', maxDate: f.maxDate ?? '', maxLength: f.maxLength ?? '', helpText: f.helpText ?? '',
  };
}

const blank = (): DraftField => draftOf({ key: '', label: '', type: 'TEXT', required: false });

/** The input the API takes: only the constraints that apply to the field's type. */
function inputOf(d: DraftField): FormFieldInput {
  const select = d.type === 'SINGLE_SELECT' || d.type === 'MULTI_SELECT';
  const lengthType = d.type === 'TEXT' || d.type === 'LONG_TEXT' || d.type === 'EMAIL' || d.type === 'URL';
  return {
    key: d.key.trim(), label: d.label.trim(), type: d.type, required: d.required,
    ...(select ? { options: d.options.split(',').map((o) => o.trim()).filter(Boolean) } : {}),
    ...(d.type === 'NUMBER' && d.min !== '' ? { min: d.min } : {}),
    ...(d.type === 'NUMBER' && d.max !== '' ? { max: d.max } : {}),
    ...(d.type === 'DATE' && d.minDate ? { minDate: d.minDate } : {}),
    ...(d.type === 'DATE' && d.maxDate ? { maxDate: d.maxDate } : {}),
    ...(lengthType && d.maxLength !== '' ? { maxLength: d.maxLength } : {}),
    ...(d.helpText.trim() ? { helpText: d.helpText.trim() } : {}),
  };
}

/**
 * The field editor of a process form, checked with the server's own definition rules
 * (validateFormDefinition) before it is sent; the server's answer is shown at the same places.
 */
export function FormEditor({ initialName = '', initialFields, submitLabel, saving, error, onSave, onCancel }: {
  initialName?: string;
  initialFields?: readonly FieldSpec[];
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSave: (input: { name: string; fields: FormFieldInput[] }) => void;
  onCancel?: () => void;
}) {
  const [name, setName] = useState(initialName);
  const [fields, setFields] = useState<DraftField[]>(initialFields?.length ? initialFields.map(draftOf) : [blank()]);
  const [local, setLocal] = useState<Map<string, string>>(new Map());
  const server = fieldProblems(error);
  const problem = (path: string) => local.get(path) ?? server.get(path);
  const update = (i: number, patch: Partial<DraftField>) => setFields((old) => old.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const save = () => {
    const input = { name: name.trim(), fields: fields.map(inputOf) };
    const problems = new Map(validateFormDefinition(input as never).map((p) => [p.path, p.message] as const));
    setLocal(problems);
    if (!problems.size) onSave(input);
  };
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); save(); }}>
      <Stack gap="sm">
        <TextInput label="Form name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problem('name')} maw={480} />
        {problem('fields') ? <Text c="red" size="sm">Fields {problem('fields')}</Text> : null}
        {fields.map((f, i) => {
          const at = (p: string) => problem(`fields.${i}.${p}`);
          return (
            <Fieldset key={i} legend={`Field ${i + 1}`} aria-label={`Field ${i + 1}`}>
              <Group align="start" grow>
                <TextInput label="Key" description="a-z, 0-9, _" required value={f.key} onChange={(e) => update(i, { key: e.currentTarget.value })} error={at('key')} />
                <TextInput label="Label" required value={f.label} onChange={(e) => update(i, { label: e.currentTarget.value })} error={at('label')} />
                <NativeSelect label="Type" data={TYPES} value={f.type} onChange={(e) => update(i, { type: e.currentTarget.value as FieldType })} error={at('type')} />
              </Group>
              <Group align="start" mt="xs" grow>
                {f.type === 'SINGLE_SELECT' || f.type === 'MULTI_SELECT' ? (
                  <TextInput label="Options" description="separated by commas" required value={f.options} onChange={(e) => update(i, { options: e.currentTarget.value })} error={at('options') ?? ([...local.keys(), ...server.keys()].filter((k) => k.startsWith(`fields.${i}.options.`)).map((k) => problem(k)).join('; ') || undefined)} />
                ) : null}
                {f.type === 'NUMBER' ? (
                  <>
                    <NumberInput label="Minimum" value={f.min} onChange={(v) => update(i, { min: typeof v === 'number' ? v : '' })} error={at('min')} />
                    <NumberInput label="Maximum" value={f.max} onChange={(v) => update(i, { max: typeof v === 'number' ? v : '' })} error={at('max')} />
                  </>
                ) : null}
                {f.type === 'DATE' ? (
                  <>
                    <TextInput type="date" label="Earliest date" value={f.minDate} onChange={(e) => update(i, { minDate: e.currentTarget.value })} error={at('minDate')} />
                    <TextInput type="date" label="Latest date" value={f.maxDate} onChange={(e) => update(i, { maxDate: e.currentTarget.value })} error={at('maxDate')} />
                  </>
                ) : null}
                {f.type === 'TEXT' || f.type === 'LONG_TEXT' || f.type === 'EMAIL' || f.type === 'URL' ? (
                  <NumberInput label="Maximum length" min={1} value={f.maxLength} onChange={(v) => update(i, { maxLength: typeof v === 'number' ? v : '' })} error={at('maxLength')} />
                ) : null}
                <TextInput label="Help text" value={f.helpText} onChange={(e) => update(i, { helpText: e.currentTarget.value })} error={at('helpText')} />
              </Group>
              <Group mt="xs" justify="space-between">
                <Checkbox label="Required" checked={f.required} onChange={(e) => update(i, { required: e.currentTarget.checked })} />
                <Button size="xs" variant="subtle" color="red" disabled={fields.length === 1} onClick={() => setFields((old) => old.filter((_, j) => j !== i))} aria-label={`Remove field ${i + 1}`}>Remove field</Button>
              </Group>
            </Fieldset>
          );
        })}
        {!server.size ? <ErrorAlert error={error} /> : null}
        <Group>
          <Button variant="default" onClick={() => setFields((old) => [...old, blank()])}>Add field</Button>
          <Button type="submit" loading={saving}>{submitLabel}</Button>
          {onCancel ? <Button variant="subtle" onClick={onCancel}>Back</Button> : null}
        </Group>
      </Stack>
    </form>
  );
}
