import type { MigrationInterface, QueryRunner } from 'typeorm';
// the engagement link on the request row, its observer on the request and every event, and the two event types of multi-party cases

export class MultiParty1796688614314 implements MigrationInterface {
  name = 'MultiParty1796688614314';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD "engaged_from_id" uuid`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD "share_with_requester" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD "observer_member_id" uuid`);
    await queryRunner.query(`ALTER TABLE "request_event" ADD "observer_member_id" uuid`);
    await queryRunner.query(`ALTER TYPE "public"."request_event_type" ADD VALUE 'PARTY_ENGAGED'`);
    await queryRunner.query(`ALTER TYPE "public"."request_event_type" ADD VALUE 'ENGAGEMENT_ENDED'`);
    await queryRunner.query(`CREATE INDEX "collaboration_request_engaged_from_idx" ON "collaboration_request"  ("engaged_from_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "request_event_observer_idx" ON "request_event"  ("observer_member_id", "seq") `);
    await queryRunner.query(`ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_20ec1af524708ec8953630590d3" FOREIGN KEY ("engaged_from_id") REFERENCES "collaboration_request"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_20ec1af524708ec8953630590d3"`);
    await queryRunner.query(`DROP INDEX "public"."request_event_observer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_request_engaged_from_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."request_event_type_old" AS ENUM('REQUEST_SUBMITTED', 'REQUEST_ACCEPTED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'REQUEST_REJECTED', 'NOTE_ADDED', 'REQUEST_ASSIGNED', 'REQUEST_CLOSED', 'REQUEST_REOPENED', 'REQUEST_CANCELLED', 'SLA_AT_RISK', 'SLA_BREACHED', 'FOLLOW_UP_SENT', 'REQUEST_ESCALATED', 'REQUEST_PRIORITY_CHANGED')`);
    await queryRunner.query(`ALTER TABLE "request_event" ALTER COLUMN "type" TYPE "public"."request_event_type_old" USING "type"::"text"::"public"."request_event_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."request_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."request_event_type_old" RENAME TO "request_event_type"`);
    await queryRunner.query(`ALTER TABLE "request_event" DROP COLUMN "observer_member_id"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP COLUMN "observer_member_id"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP COLUMN "share_with_requester"`);
    await queryRunner.query(`ALTER TABLE "collaboration_request" DROP COLUMN "engaged_from_id"`);
  }
}
