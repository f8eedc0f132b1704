import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../common/scalars';

export enum FieldTypeEnum {
  TEXT = 'TEXT',
  LONG_TEXT = 'LONG_TEXT',
  NUMBER = 'NUMBER',
  EMAIL = 'EMAIL',
  URL = 'URL',
  DATE = 'DATE',
  SINGLE_SELECT = 'SINGLE_SELECT',
  MULTI_SELECT = 'MULTI_SELECT',
  BOOLEAN = 'BOOLEAN',
}
registerEnumType(FieldTypeEnum, {
  name: 'FieldType',
  description: 'The type of a process-form field; the submitted value is checked against it.',
  valuesConfig: {
    TEXT: { description: 'One line of text (maxLength, default 1000).' },
    LONG_TEXT: { description: 'Free text (maxLength, default 20000).' },
    NUMBER: { description: 'A number (min, max).' },
    EMAIL: { description: 'An e-mail address.' },
    URL: { description: 'An http or https URL.' },
    DATE: { description: 'A date YYYY-MM-DD (minDate, maxDate).' },
    SINGLE_SELECT: { description: 'One of the options.' },
    MULTI_SELECT: { description: 'A subset of the options.' },
    BOOLEAN: { description: 'Yes or no.' },
  },
});

@ObjectType({ description: 'One field of a process form.' })
export class FormField {
  @Field({ description: 'Key of the value in the request data; unique in the form.' })
  key: string;

  @Field({ description: 'Label shown to the submitting engineer.' })
  label: string;

  @Field(() => FieldTypeEnum, { description: 'Type of the value.' })
  type: FieldTypeEnum;

  @Field({ description: 'Whether a value is required.' })
  required: boolean;

  @Field(() => String, { nullable: true, description: 'Help for the submitting engineer.' })
  helpText?: string | null;

  @Field(() => [String], { nullable: true, description: 'Allowed values (select types).' })
  options?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'Smallest allowed number (NUMBER).' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest allowed number (NUMBER).' })
  max?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Earliest allowed date (DATE).' })
  minDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Latest allowed date (DATE).' })
  maxDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Longest allowed text, in characters (TEXT, LONG_TEXT, EMAIL, URL).' })
  maxLength?: number | null;
}
