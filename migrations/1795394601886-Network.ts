import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Network1795394601886 implements MigrationInterface {
  name = 'Network1795394601886';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."group_kind" AS ENUM('COLLABORATIVE', 'SOLUTION', 'OEM', 'SERVICE_PROVIDER', 'CRITICAL_ESCALATION')`);
    await queryRunner.query(`CREATE TABLE "partner_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."group_kind" NOT NULL, "description" text, "join_requirements" text, "sla_policy" jsonb NOT NULL, "calendar" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86e8fffaf2183b3a223ca0e9d70" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "process_form" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "name" text NOT NULL, "version" integer NOT NULL, "fields" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_916146eab5fc87f49368417a84d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "process_form_member_idx" ON "process_form"  ("member_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "process_form_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "form_id" uuid NOT NULL, "version" integer NOT NULL, "name" text NOT NULL, "fields" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "process_form_version_key" UNIQUE ("form_id", "version"), CONSTRAINT "PK_ae0c736e4f90d3580ac46d225ee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "group_id" uuid NOT NULL, "form_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "department_group_idx" ON "department"  ("group_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "department_member_idx" ON "department"  ("member_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."membership_status" AS ENUM('INVITED', 'REQUESTED', 'ACTIVE', 'SUSPENDED', 'LEFT', 'DECLINED')`);
    await queryRunner.query(`CREATE TABLE "group_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "member_id" uuid NOT NULL, "status" "public"."membership_status" NOT NULL, "attestation" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b631623cf04fa74513b975e7059" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "group_membership_member_idx" ON "group_membership"  ("member_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "group_membership_group_idx" ON "group_membership"  ("group_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "membership_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "membership_id" uuid NOT NULL, "from_status" "public"."membership_status", "to_status" "public"."membership_status" NOT NULL, "by_operator" boolean NOT NULL, "actor_user_id" uuid, "reason" text, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_658a767c4a38cc1c4c4a6f7ecd1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "membership_change_membership_idx" ON "membership_change"  ("membership_id", "at") `);
    await queryRunner.query(`ALTER TABLE "process_form" ADD CONSTRAINT "FK_cf76f63f05a1b6f0916ba88ed4f" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "process_form_version" ADD CONSTRAINT "FK_4c5673d0a35d306548d0ce1cd4f" FOREIGN KEY ("form_id") REFERENCES "process_form"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "department" ADD CONSTRAINT "FK_29ff9eba42c446216aa393c77aa" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "department" ADD CONSTRAINT "FK_d6ae28f12feb5ec0c86a1ab082d" FOREIGN KEY ("group_id") REFERENCES "partner_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "department" ADD CONSTRAINT "FK_9114649b9dd4487f0d77bbdab37" FOREIGN KEY ("form_id") REFERENCES "process_form"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "group_membership" ADD CONSTRAINT "FK_7a1166a6e3a6a3431a699257719" FOREIGN KEY ("group_id") REFERENCES "partner_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "group_membership" ADD CONSTRAINT "FK_6f2341a159627c4050cfc6d4f3b" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_change" ADD CONSTRAINT "FK_e6d268b3499d03495524a3509b4" FOREIGN KEY ("membership_id") REFERENCES "group_membership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_change" ADD CONSTRAINT "FK_42e155a18fb952ddc2e733c303a" FOREIGN KEY ("actor_user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // hand-written: expression and partial unique indexes TypeORM cannot declare
    await queryRunner.query(`CREATE UNIQUE INDEX "partner_group_name_lower_key" ON "partner_group" (lower("name"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "partner_group_single_critical_key" ON "partner_group" ("kind") WHERE "kind" = 'CRITICAL_ESCALATION'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "group_membership_current_key" ON "group_membership" ("group_id", "member_id") WHERE "status" IN ('INVITED', 'REQUESTED', 'ACTIVE', 'SUSPENDED')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "department_active_name_key" ON "department" ("member_id", "group_id", lower("name")) WHERE "archived_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."partner_group_name_lower_key"`);
    await queryRunner.query(`DROP INDEX "public"."partner_group_single_critical_key"`);
    await queryRunner.query(`DROP INDEX "public"."group_membership_current_key"`);
    await queryRunner.query(`DROP INDEX "public"."department_active_name_key"`);
    await queryRunner.query(`ALTER TABLE "membership_change" DROP CONSTRAINT "FK_42e155a18fb952ddc2e733c303a"`);
    await queryRunner.query(`ALTER TABLE "membership_change" DROP CONSTRAINT "FK_e6d268b3499d03495524a3509b4"`);
    await queryRunner.query(`ALTER TABLE "group_membership" DROP CONSTRAINT "FK_6f2341a159627c4050cfc6d4f3b"`);
    await queryRunner.query(`ALTER TABLE "group_membership" DROP CONSTRAINT "FK_7a1166a6e3a6a3431a699257719"`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "FK_9114649b9dd4487f0d77bbdab37"`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "FK_d6ae28f12feb5ec0c86a1ab082d"`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "FK_29ff9eba42c446216aa393c77aa"`);
    await queryRunner.query(`ALTER TABLE "process_form_version" DROP CONSTRAINT "FK_4c5673d0a35d306548d0ce1cd4f"`);
    await queryRunner.query(`ALTER TABLE "process_form" DROP CONSTRAINT "FK_cf76f63f05a1b6f0916ba88ed4f"`);
    await queryRunner.query(`DROP INDEX "public"."membership_change_membership_idx"`);
    await queryRunner.query(`DROP TABLE "membership_change"`);
    await queryRunner.query(`DROP INDEX "public"."group_membership_group_idx"`);
    await queryRunner.query(`DROP INDEX "public"."group_membership_member_idx"`);
    await queryRunner.query(`DROP TABLE "group_membership"`);
    await queryRunner.query(`DROP TYPE "public"."membership_status"`);
    await queryRunner.query(`DROP INDEX "public"."department_member_idx"`);
    await queryRunner.query(`DROP INDEX "public"."department_group_idx"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP TABLE "process_form_version"`);
    await queryRunner.query(`DROP INDEX "public"."process_form_member_idx"`);
    await queryRunner.query(`DROP TABLE "process_form"`);
    await queryRunner.query(`DROP TABLE "partner_group"`);
    await queryRunner.query(`DROP TYPE "public"."group_kind"`);
  }
}
