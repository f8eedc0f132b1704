import { Checkbox, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { FieldType } from '../graphql/generated/graphql';

/** A process-form field as the API gives it (FormField). */
export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  options?: string[] | null;
  min?: number | null;
  max?: number | null;
  minDate?: string | null;
  maxDate?: string | null;
  maxLength?: number | null;
  helpText?: string | null;
}

/** What the field's limits are, in words, under its label. */
export function limitsOf(f: FieldSpec): string | undefined {
  const parts: string[] = [];
  if (f.helpText) parts.push(f.helpText);
  if (f.type === 'NUMBER') {
    if (f.min != null && f.max != null) parts.push(`from ${f.min} to ${f.max}`);
    else if (f.min != null) parts.push(`at least ${f.min}`);
    else if (f.max != null) parts.push(`at most ${f.max}`);
  }
  if (f.type === 'DATE') {
    if (f.minDate && f.maxDate) parts.push(`from ${f.minDate} to ${f.maxDate}`);
    else if (f.minDate) parts.push(`on or after ${f.minDate}`);
    else if (f.maxDate) parts.push(`on or before ${f.maxDate}`);
  }
  if (f.maxLength != null) parts.push(`up to ${f.maxLength} characters`);
  return parts.length ? parts.join(' · ') : undefined;
}

/** The value a control holds, as the JSON the server expects (undefined when left empty). */
export type FieldValue = string | number | boolean | string[] | undefined;

/** One control for one process-form field, by its type, labelled with the field's label. */
export function FormFieldControl({ field: f, value, error, onChange }: { field: FieldSpec; value: FieldValue; error?: string; onChange: (v: FieldValue) => void }) {
  const common = { label: f.label, required: f.required, description: limitsOf(f), error };
  switch (f.type) {
    case 'LONG_TEXT':
      return <Textarea {...common} autosize minRows={3} value={(value as string) ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'NUMBER':
      return (
        <NumberInput
          {...common}
          min={f.min ?? undefined}
          max={f.max ?? undefined}
          clampBehavior="none"
          value={typeof value === 'number' ? value : ((value as string) ?? '')}
          onChange={(v) => onChange(v === '' ? undefined : v)}
        />
      );
    case 'EMAIL':
      return <TextInput {...common} type="email" autoComplete="off" value={(value as string) ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'URL':
      return <TextInput {...common} type="url" value={(value as string) ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'DATE':
      return <TextInput {...common} type="date" min={f.minDate ?? undefined} max={f.maxDate ?? undefined} value={(value as string) ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'SINGLE_SELECT':
      return (
        <NativeSelect
          {...common}
          value={(value as string) ?? ''}
          onChange={(e) => onChange(e.currentTarget.value || undefined)}
          data={[{ value: '', label: 'Choose…' }, ...(f.options ?? []).map((o) => ({ value: o, label: o }))]}
        />
      );
    case 'MULTI_SELECT':
      return (
        <Checkbox.Group {...common} value={(value as string[]) ?? []} onChange={(v) => onChange(v)}>
          <Group gap="md" mt={4}>
            {(f.options ?? []).map((o) => <Checkbox key={o} value={o} label={o} />)}
          </Group>
        </Checkbox.Group>
      );
    case 'BOOLEAN':
      return (
        <Stack gap={2}>
          <Checkbox label={f.label} description={limitsOf(f)} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} error={error} />
          {f.required ? <Text size="xs" c="dimmed">Yes or no (unticked means no)</Text> : null}
        </Stack>
      );
    default:
      return <TextInput {...common} value={(value as string) ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}

/** The data object to submit: empty controls left out, booleans always given (false is a value). */
export function formData(fields: readonly FieldSpec[], values: Record<string, FieldValue>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.type === 'BOOLEAN') data[f.key] = v === true;
    else if (v !== undefined && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0)) data[f.key] = v;
  }
  return data;
}
