import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Requests1795395532413 implements MigrationInterface {
  name = 'Requests1795395532413';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."priority" AS ENUM('P1', 'P2', 'P3', 'P4')`);
    await queryRunner.query(`CREATE TYPE "public"."request_status" AS ENUM('OPEN', 'ACCEPTED', 'INFORMATION_REQUESTED', 'REJECTED', 'CLOSED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "collaboration_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "from_member_id" uuid NOT NULL, "to_member_id" uuid NOT NULL, "department_id" uuid NOT NULL, "form_version_id" uuid NOT NULL, "priority" "public"."priority" NOT NULL, "critical" boolean NOT NULL DEFAULT false, "summary" text NOT NULL, "data" jsonb NOT NULL, "customer" jsonb, "business_impact" text, "requester_case_number" text NOT NULL, "receiver_case_number" text, "status" "public"."request_status" NOT NULL, "status_before_information" "public"."request_status", "first_responded_at" TIMESTAMP(3) WITH TIME ZONE, "submitted_by_id" uuid, "requester_assignee_id" uuid, "receiver_assignee_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_0b16b9e838552c218021041df83" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "collaboration_request_from_idx" ON "collaboration_request"  ("from_member_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "collaboration_request_to_idx" ON "collaboration_request"  ("to_member_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "request_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "member_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "internal" boolean NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ad208c258cb83b77ff18e5c50bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "request_note_request_idx" ON "request_note"  ("request_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."request_event_type" AS ENUM('REQUEST_SUBMITTED', 'REQUEST_ACCEPTED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'REQUEST_REJECTED', 'NOTE_ADDED', 'REQUEST_ASSIGNED', 'REQUEST_CLOSED', 'REQUEST_REOPENED', 'REQUEST_CANCELLED', 'SLA_AT_RISK', 'SLA_BREACHED')`);
    await queryRunner.query(`CREATE TABLE "request_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "request_id" uuid NOT NULL, "type" "public"."request_event_type" NOT NULL, "critical" boolean NOT NULL, "from_member_id" uuid NOT NULL, "to_member_id" uuid NOT NULL, "only_member_id" uuid, "actor_user_id" uuid, "actor_member_id" uuid, "detail" jsonb, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_f1386a3c602b4fd9e6be143cd8c" UNIQUE ("seq"), CONSTRAINT "PK_156f0e366bd6410bfe226bea635" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "request_event_to_idx" ON "request_event"  ("to_member_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "request_event_from_idx" ON "request_event"  ("from_member_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "request_event_request_idx" ON "request_event"  ("request_id", "seq") `);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_bf17a250f5bbf7718c6f77138fe" FOREIGN KEY ("group_id") REFERENCES "partner_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_03dd1274604120f61b6bb7395ea" FOREIGN KEY ("from_member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_ae295d1a0f381daec08209f50d8" FOREIGN KEY ("to_member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_630116c42daf08ab18bfe057a77" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_572cc5d5cd8498e8fecbaa06a6d" FOREIGN KEY ("form_version_id") REFERENCES "process_form_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_6e4a28707cadd94b3c4082b22c9" FOREIGN KEY ("submitted_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_bfcc8c7bdffaa6f0d86104c6ab2" FOREIGN KEY ("requester_assignee_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_456007192ea45058b37f0c7fda7" FOREIGN KEY ("receiver_assignee_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_note" ADD CONSTRAINT "FK_964092bba59d10d0807513b0bdc" FOREIGN KEY ("request_id") REFERENCES "collaboration_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_note" ADD CONSTRAINT "FK_f246ddf58b6656f94756f39caa0" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_note" ADD CONSTRAINT "FK_da09f7be707da50f3dcd3225c4e" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "request_event" ADD CONSTRAINT "FK_2dc1adeba3dad9d1748e262c2fb" FOREIGN KEY ("request_id") REFERENCES "collaboration_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "request_event" DROP CONSTRAINT "FK_2dc1adeba3dad9d1748e262c2fb"`);
    await queryRunner.query(`ALTER TABLE "request_note" DROP CONSTRAINT "FK_da09f7be707da50f3dcd3225c4e"`);
    await queryRunner.query(`ALTER TABLE "request_note" DROP CONSTRAINT "FK_f246ddf58b6656f94756f39caa0"`);
    await queryRunner.query(`ALTER TABLE "request_note" DROP CONSTRAINT "FK_964092bba59d10d0807513b0bdc"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_456007192ea45058b37f0c7fda7"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_bfcc8c7bdffaa6f0d86104c6ab2"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_6e4a28707cadd94b3c4082b22c9"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_572cc5d5cd8498e8fecbaa06a6d"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_630116c42daf08ab18bfe057a77"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_ae295d1a0f381daec08209f50d8"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_03dd1274604120f61b6bb7395ea"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_bf17a250f5bbf7718c6f77138fe"`);
    await queryRunner.query(`DROP INDEX "public"."request_event_request_idx"`);
    await queryRunner.query(`DROP INDEX "public"."request_event_from_idx"`);
    await queryRunner.query(`DROP INDEX "public"."request_event_to_idx"`);
    await queryRunner.query(`DROP TABLE "request_event"`);
    await queryRunner.query(`DROP TYPE "public"."request_event_type"`);
    await queryRunner.query(`DROP INDEX "public"."request_note_request_idx"`);
    await queryRunner.query(`DROP TABLE "request_note"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_request_to_idx"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_request_from_idx"`);
    await queryRunner.query(`DROP TABLE "collaboration_request"`);
    await queryRunner.query(`DROP TYPE "public"."request_status"`);
    await queryRunner.query(`DROP TYPE "public"."priority"`);
  }
}
