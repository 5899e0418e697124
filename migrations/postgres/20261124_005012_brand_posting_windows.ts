import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_brands_posting_windows_channel" AS ENUM('wechat-oa', 'wechat-channels', 'wecom', 'weibo', 'douyin', 'xiaohongshu');
  CREATE TABLE "brands_posting_windows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"channel" "enum_brands_posting_windows_channel" NOT NULL,
  	"from_hour" numeric NOT NULL,
  	"to_hour" numeric NOT NULL
  );
  
  ALTER TABLE "brands_posting_windows" ADD CONSTRAINT "brands_posting_windows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "brands_posting_windows_order_idx" ON "brands_posting_windows" USING btree ("_order");
  CREATE INDEX "brands_posting_windows_parent_id_idx" ON "brands_posting_windows" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "brands_posting_windows" CASCADE;
  DROP TYPE "public"."enum_brands_posting_windows_channel";`)
}
