/**
 * The shapes of a process form's fields, free of any framework: the validation core
 * (`form-fields.ts`) and the console's form rendering share them with the server.
 */

/** The kinds of field a process form can ask for. */
export type FieldType =
  | 'TEXT'
  | 'LONG_TEXT'
  | 'NUMBER'
  | 'EMAIL'
  | 'URL'
  | 'DATE'
  | 'SINGLE_SELECT'
  | 'MULTI_SELECT'
  | 'BOOLEAN';

/** One field of a process form as stored; the optional constraints apply to the types noted. */
export interface FormFieldSpec {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** SINGLE_SELECT, MULTI_SELECT only. */
  options?: string[] | null;
  /** NUMBER only, inclusive. */
  min?: number | null;
  max?: number | null;
  /** DATE only, 'YYYY-MM-DD', inclusive. */
  minDate?: string | null;
  maxDate?: string | null;
  /** TEXT, LONG_TEXT, EMAIL, URL only: Unicode code points. */
  maxLength?: number | null;
  /** Optional, any type. */
  helpText?: string | null;
}
