import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SafeWrites1796686409862 implements MigrationInterface {
  name = 'SafeWrites1796686409862';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "idempotency_key" ("member_id" uuid NOT NULL, "key" text NOT NULL, "operation" text NOT NULL, "input_hash" text NOT NULL, "result_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f2cd76983b5458173e813ba1def" PRIMARY KEY ("member_id", "key"))`);
    await queryRunner.query(`CREATE INDEX "idempotency_key_expires_idx" ON "idempotency_key"  ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD "sla_terms" jsonb`);
    await queryRunner.query(`ALTER TYPE "public"."request_event_type" ADD VALUE 'REQUEST_PRIORITY_CHANGED'`);
    await queryRunner.query(`CREATE INDEX "collaboration_request_from_updated_idx" ON "collaboration_request"  ("from_member_id", "updated_at") `);
    await queryRunner.query(`CREATE INDEX "collaboration_request_to_updated_idx" ON "collaboration_request"  ("to_member_id", "updated_at") `);
    await queryRunner.query(`CREATE INDEX "collaboration_request_receiver_case_idx" ON "collaboration_request"  ("receiver_case_number") `);
    await queryRunner.query(`CREATE INDEX "collaboration_request_requester_case_idx" ON "collaboration_request"  ("requester_case_number") `);
    await queryRunner.query(`ALTER TABLE "idempotency_key" ADD CONSTRAINT "FK_029f4a0a4bd12ac46bc033e17f1" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP CONSTRAINT "FK_029f4a0a4bd12ac46bc033e17f1"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_request_requester_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_request_receiver_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_request_to_updated_idx"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_request_from_updated_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."request_event_type_old" AS ENUM('REQUEST_SUBMITTED', 'REQUEST_ACCEPTED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'REQUEST_REJECTED', 'NOTE_ADDED', 'REQUEST_ASSIGNED', 'REQUEST_CLOSED', 'REQUEST_REOPENED', 'REQUEST_CANCELLED', 'SLA_AT_RISK', 'SLA_BREACHED', 'FOLLOW_UP_SENT', 'REQUEST_ESCALATED')`);
    await queryRunner.query(`ALTER TABLE "request_event" ALTER COLUMN "type" TYPE "public"."request_event_type_old" USING "type"::"text"::"public"."request_event_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."request_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."request_event_type_old" RENAME TO "request_event_type"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP COLUMN "sla_terms"`);
    await queryRunner.query(`DROP INDEX "public"."idempotency_key_expires_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
