import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CriticalRoster1795395429590 implements MigrationInterface {
  name = 'CriticalRoster1795395429590';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "critical_roster_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "user_id" uuid, "token_id" uuid, "added" boolean NOT NULL, "actor_user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "critical_roster_change_one_subject_check" CHECK (("user_id" IS NULL) <> ("token_id" IS NULL)), CONSTRAINT "PK_5f73ee59ca1e5663434703836ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "critical_roster_change_member_idx" ON "critical_roster_change"  ("member_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "critical_roster_change" ADD CONSTRAINT "FK_de6443e42fd7e53ff19248bb3a4" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "critical_roster_change" ADD CONSTRAINT "FK_e921e6ad491f5ebdb4d09efb95c" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "critical_roster_change" ADD CONSTRAINT "FK_86844d8c6ee84fd0f639879dc0c" FOREIGN KEY ("token_id") REFERENCES "api_token"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "critical_roster_change" ADD CONSTRAINT "FK_d3e68900978cea8035f02383dae" FOREIGN KEY ("actor_user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "critical_roster_change" DROP CONSTRAINT "FK_d3e68900978cea8035f02383dae"`);
    await queryRunner.query(`ALTER TABLE "critical_roster_change" DROP CONSTRAINT "FK_86844d8c6ee84fd0f639879dc0c"`);
    await queryRunner.query(`ALTER TABLE "critical_roster_change" DROP CONSTRAINT "FK_e921e6ad491f5ebdb4d09efb95c"`);
    await queryRunner.query(`ALTER TABLE "critical_roster_change" DROP CONSTRAINT "FK_de6443e42fd7e53ff19248bb3a4"`);
    await queryRunner.query(`DROP INDEX "public"."critical_roster_change_member_idx"`);
    await queryRunner.query(`DROP TABLE "critical_roster_change"`);
  }
}
