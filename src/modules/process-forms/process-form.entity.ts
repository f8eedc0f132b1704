import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Member } from '../members/member.entity';
import type { FormFieldSpec } from './form-field.types';
import { FormField } from './process-form.types';

/**
 * A member's process form: the data its support process needs to take a request in. Its
 * versions are immutable; editing makes a new one, and requests keep the one they used.
 */
@ObjectType({ description: "A member's process form; `version` and `fields` are the current version's." })
@Entity('process_form')
@Index('process_form_member_idx', ['memberId', 'createdAt', 'id'])
export class ProcessForm {
  @Field(() => ID, { description: "The form's id (stable across versions)." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  memberRef?: Member;

  @Field({ description: "The current version's name." })
  @Column({ type: 'text' })
  name: string;

  @Field(() => Int, { description: 'The current version number (1, 2, …).' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => [FormField], { description: "The current version's fields." })
  @Column({ type: 'jsonb' })
  fields: FormFieldSpec[];

  @Field({ description: 'When the form was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'When the last version was made.' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** One immutable version of a form; rows are only ever inserted. */
@ObjectType({ description: 'One immutable version of a process form.' })
@Entity('process_form_version')
@Unique('process_form_version_key', ['formId', 'version'])
export class ProcessFormVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  formId: string;

  @ManyToOne(() => ProcessForm, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'form_id' })
  formRef?: ProcessForm;

  @Field(() => Int, { description: 'Version number.' })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: "This version's name." })
  @Column({ type: 'text' })
  name: string;

  @Field(() => [FormField], { description: "This version's fields." })
  @Column({ type: 'jsonb' })
  fields: FormFieldSpec[];

  @Field({ description: 'When this version was made.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
