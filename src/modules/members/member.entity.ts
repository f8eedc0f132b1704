import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A vendor company on the network, with its users. */
@ObjectType({ description: 'A vendor company on the network, with its users.' })
@Entity('member')
@Index('member_name_lower_key', { synchronize: false })
export class Member {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The company name, unique on the network (case-insensitive).' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'When the operator admitted the member.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
