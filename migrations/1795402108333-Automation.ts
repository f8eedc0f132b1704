import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Automation1795402108333 implements MigrationInterface {
  name = 'Automation1795402108333';

  // Reviewed: TypeORM also dropped and recreated the sla_clock indexes around the new enum value
  // (and never recreated the hand-made sla_clock_running_key); ADD VALUE needs neither, so they stay.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sla_timer_clock_kind_key"`);
    await queryRunner.query(`CREATE TYPE "public"."automation_timer_kind" AS ENUM('FOLLOW_UP', 'AUTO_CLOSE')`);
    await queryRunner.query(`CREATE TYPE "public"."automation_timer_outcome" AS ENUM('FIRED', 'SKIPPED')`);
    await queryRunner.query(`CREATE TABLE "automation_timer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "kind" "public"."automation_timer_kind" NOT NULL, "step" integer NOT NULL, "cycle" integer NOT NULL, "fire_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "fired_at" TIMESTAMP(3) WITH TIME ZONE, "outcome" "public"."automation_timer_outcome", CONSTRAINT "PK_9d81c859e630c101a40baed0764" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "automation_timer_request_cycle_key" ON "automation_timer"  ("request_id", "cycle", "kind", "step") `);
    await queryRunner.query(`ALTER TABLE "partner_group" ADD "auto_follow_up" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD "escalated_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD "duplicate_of_id" uuid`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD "information_cycle" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "sla_clock" ADD "paused_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "sla_clock" ADD "paused_minutes" double precision NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "sla_clock" ADD "pauses" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "sla_timer" ADD "generation" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TYPE "public"."request_event_type" ADD VALUE 'FOLLOW_UP_SENT'`);
    await queryRunner.query(`ALTER TYPE "public"."request_event_type" ADD VALUE 'REQUEST_ESCALATED'`);
    await queryRunner.query(`ALTER TYPE "public"."sla_clock_kind" ADD VALUE 'RESOLUTION'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sla_timer_clock_kind_generation_key" ON "sla_timer"  ("clock_id", "kind", "generation") `);
    // by hand (the entity marks it synchronize: false): pending automation timers in due order
    await queryRunner.query(`CREATE INDEX "automation_timer_due_idx" ON "automation_timer" ("fire_at", "id") WHERE "fired_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_aa45e4e6150bf2643ba62be7890" FOREIGN KEY ("duplicate_of_id") REFERENCES "collaboration_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "automation_timer" ADD CONSTRAINT "FK_bef3e0478a8cf8e4b2e6f021f17" FOREIGN KEY ("request_id") REFERENCES "collaboration_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "automation_timer" DROP CONSTRAINT "FK_bef3e0478a8cf8e4b2e6f021f17"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_aa45e4e6150bf2643ba62be7890"`);
    await queryRunner.query(`DROP INDEX "public"."automation_timer_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sla_timer_clock_kind_generation_key"`);
    // enum values cannot be dropped: the types are recreated without them (ALTER COLUMN TYPE rebuilds the indexes on kind)
    await queryRunner.query(`CREATE TYPE "public"."sla_clock_kind_old" AS ENUM('RESPONSE', 'UPDATE')`);
    await queryRunner.query(`ALTER TABLE "sla_clock" ALTER COLUMN "kind" TYPE "public"."sla_clock_kind_old" USING "kind"::"text"::"public"."sla_clock_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."sla_clock_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."sla_clock_kind_old" RENAME TO "sla_clock_kind"`);
    await queryRunner.query(`CREATE TYPE "public"."request_event_type_old" AS ENUM('REQUEST_SUBMITTED', 'REQUEST_ACCEPTED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'REQUEST_REJECTED', 'NOTE_ADDED', 'REQUEST_ASSIGNED', 'REQUEST_CLOSED', 'REQUEST_REOPENED', 'REQUEST_CANCELLED', 'SLA_AT_RISK', 'SLA_BREACHED')`);
    await queryRunner.query(`ALTER TABLE "request_event" ALTER COLUMN "type" TYPE "public"."request_event_type_old" USING "type"::"text"::"public"."request_event_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."request_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."request_event_type_old" RENAME TO "request_event_type"`);
    await queryRunner.query(`ALTER TABLE "sla_timer" DROP COLUMN "generation"`);
    await queryRunner.query(`ALTER TABLE "sla_clock" DROP COLUMN "pauses"`);
    await queryRunner.query(`ALTER TABLE "sla_clock" DROP COLUMN "paused_minutes"`);
    await queryRunner.query(`ALTER TABLE "sla_clock" DROP COLUMN "paused_at"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP COLUMN "information_cycle"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP COLUMN "duplicate_of_id"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP COLUMN "escalated_at"`);
    await queryRunner.query(`ALTER TABLE "partner_group" DROP COLUMN "auto_follow_up"`);
    await queryRunner.query(`DROP INDEX "public"."automation_timer_request_cycle_key"`);
    await queryRunner.query(`DROP TABLE "automation_timer"`);
    await queryRunner.query(`DROP TYPE "public"."automation_timer_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."automation_timer_kind"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sla_timer_clock_kind_key" ON "sla_timer" USING btree ("clock_id", "kind") `);
  }
}
