import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1795402059004 implements MigrationInterface {
  name = 'Webhooks1795402059004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "url" text NOT NULL, "event_types" text array NOT NULL DEFAULT '{}', "description" text, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" text, "secret" text NOT NULL, "previous_secret" text, "previous_secret_expires_at" TIMESTAMP(3) WITH TIME ZONE, "failing_since" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_member_idx" ON "webhook"  ("member_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."delivery_status" AS ENUM('PENDING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_seq" bigint NOT NULL, "attempt" integer NOT NULL, "status" "public"."delivery_status" NOT NULL, "redelivery" boolean NOT NULL DEFAULT false, "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP(3) WITH TIME ZONE, "lease_token" uuid, "retry_until" TIMESTAMP(3) WITH TIME ZONE, "attempted_at" TIMESTAMP(3) WITH TIME ZONE, "http_status" integer, "duration_ms" integer, "error" text, "response_body" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_delivery_event_idx" ON "webhook_delivery"  ("event_id") `);
    await queryRunner.query(`CREATE INDEX "webhook_delivery_log_idx" ON "webhook_delivery"  ("webhook_id", "created_at", "id") `);
    // by hand (the entity marks them synchronize: false): the pending queue, per endpoint in event order, and by due time
    await queryRunner.query(`CREATE INDEX "webhook_delivery_pending_idx" ON "webhook_delivery" ("webhook_id", "event_seq", "created_at", "id") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX "webhook_delivery_due_idx" ON "webhook_delivery" ("next_attempt_at") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`ALTER TABLE "webhook" ADD CONSTRAINT "FK_c114ecaf37a588a5b9b9091215d" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d" FOREIGN KEY ("webhook_id") REFERENCES "webhook"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_b723a573cd78b4cff3404153ad1" FOREIGN KEY ("event_id") REFERENCES "request_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_b723a573cd78b4cff3404153ad1"`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d"`);
    await queryRunner.query(`ALTER TABLE "webhook" DROP CONSTRAINT "FK_c114ecaf37a588a5b9b9091215d"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_delivery_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_delivery_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_delivery_log_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_delivery_event_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_member_idx"`);
    await queryRunner.query(`DROP TABLE "webhook"`);
  }
}
