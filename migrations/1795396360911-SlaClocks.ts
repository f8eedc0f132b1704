import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SlaClocks1795396360911 implements MigrationInterface {
  name = 'SlaClocks1795396360911';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."sla_clock_kind" AS ENUM('RESPONSE', 'UPDATE')`);
    await queryRunner.query(`CREATE TYPE "public"."sla_state" AS ENUM('ON_TRACK', 'AT_RISK', 'BREACHED', 'MET')`);
    await queryRunner.query(`CREATE TABLE "sla_clock" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "kind" "public"."sla_clock_kind" NOT NULL, "cycle" integer NOT NULL, "state" "public"."sla_state" NOT NULL, "target_minutes" integer NOT NULL, "terms" jsonb NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "at_risk_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "stopped_at" TIMESTAMP(3) WITH TIME ZONE, "elapsed_minutes" double precision, CONSTRAINT "PK_c2a8a96fd7eadc64be20e2fbd60" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sla_clock_request_kind_cycle_key" ON "sla_clock"  ("request_id", "kind", "cycle") `);
    await queryRunner.query(`CREATE TYPE "public"."sla_timer_kind" AS ENUM('AT_RISK', 'BREACH')`);
    await queryRunner.query(`CREATE TYPE "public"."sla_timer_outcome" AS ENUM('FIRED', 'SKIPPED')`);
    await queryRunner.query(`CREATE TABLE "sla_timer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clock_id" uuid NOT NULL, "kind" "public"."sla_timer_kind" NOT NULL, "fire_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "fired_at" TIMESTAMP(3) WITH TIME ZONE, "outcome" "public"."sla_timer_outcome", CONSTRAINT "PK_fb892fc33395d5096bc23c88057" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sla_timer_clock_kind_key" ON "sla_timer"  ("clock_id", "kind") `);
    // by hand (the entities mark them synchronize: false): one running clock per request and kind; pending timers in due order
    await queryRunner.query(`CREATE UNIQUE INDEX "sla_clock_running_key" ON "sla_clock" ("request_id", "kind") WHERE "stopped_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "sla_timer_due_idx" ON "sla_timer" ("fire_at", "id") WHERE "fired_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "sla_clock" ADD CONSTRAINT "FK_d79f6e0af47ae2b517c8ed0da0f" FOREIGN KEY ("request_id") REFERENCES "collaboration_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sla_timer" ADD CONSTRAINT "FK_17179a2299b858ea8228c1fd9f7" FOREIGN KEY ("clock_id") REFERENCES "sla_clock"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sla_timer" DROP CONSTRAINT "FK_17179a2299b858ea8228c1fd9f7"`);
    await queryRunner.query(`ALTER TABLE "sla_clock" DROP CONSTRAINT "FK_d79f6e0af47ae2b517c8ed0da0f"`);
    await queryRunner.query(`DROP INDEX "public"."sla_timer_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sla_clock_running_key"`);
    await queryRunner.query(`DROP INDEX "public"."sla_timer_clock_kind_key"`);
    await queryRunner.query(`DROP TABLE "sla_timer"`);
    await queryRunner.query(`DROP TYPE "public"."sla_timer_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."sla_timer_kind"`);
    await queryRunner.query(`DROP INDEX "public"."sla_clock_request_kind_cycle_key"`);
    await queryRunner.query(`DROP TABLE "sla_clock"`);
    await queryRunner.query(`DROP TYPE "public"."sla_state"`);
    await queryRunner.query(`DROP TYPE "public"."sla_clock_kind"`);
  }
}
