import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795392427005 implements MigrationInterface {
  name = 'Init1795392427005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_97cbbe986ce9d14ca5894fdc072" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'ENGINEER')`);
    await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "role" "public"."user_role" NOT NULL, "on_critical_team" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_56a0e4bcec2b5411beafa47ffa5" UNIQUE ("email"), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "user_account_member_idx" ON "user_account"  ("member_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "secret_hash" text NOT NULL, "member_id" uuid, "user_id" uuid, "name" text NOT NULL, "can_submit_critical" boolean NOT NULL DEFAULT false, "secret_prefix" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_482a03313c765083f39c50f7357" UNIQUE ("secret_hash"), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "api_token_member_idx" ON "api_token"  ("member_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "FK_b82c5890a6945279a098bc8b106" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_token" ADD CONSTRAINT "FK_ca081e1e527d4f757c4d0c78366" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_token" ADD CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // hand-written: member names are unique case-insensitively (TypeORM cannot declare an expression index)
    await queryRunner.query(`CREATE UNIQUE INDEX "member_name_lower_key" ON "member" (lower("name"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."member_name_lower_key"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_ca081e1e527d4f757c4d0c78366"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "FK_b82c5890a6945279a098bc8b106"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_member_idx"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_member_idx"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TABLE "member"`);
  }
}
