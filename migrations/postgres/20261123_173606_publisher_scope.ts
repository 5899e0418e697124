import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_content_assets_released_channels" AS ENUM('wechat-oa', 'wechat-channels', 'wecom', 'weibo', 'douyin', 'xiaohongshu');
  CREATE TYPE "public"."enum__content_assets_v_version_released_channels" AS ENUM('wechat-oa', 'wechat-channels', 'wecom', 'weibo', 'douyin', 'xiaohongshu');
  CREATE TYPE "public"."enum_users_publisher_channels" AS ENUM('wechat-oa', 'wechat-channels', 'wecom', 'weibo', 'douyin', 'xiaohongshu');
  CREATE TABLE "content_assets_released_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_content_assets_released_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_content_assets_v_version_released_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__content_assets_v_version_released_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_publisher_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_publisher_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"brands_id" integer
  );
  
  ALTER TABLE "content_assets_released_channels" ADD CONSTRAINT "content_assets_released_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_assets_v_version_released_channels" ADD CONSTRAINT "_content_assets_v_version_released_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_content_assets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_publisher_channels" ADD CONSTRAINT "users_publisher_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_brands_fk" FOREIGN KEY ("brands_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "content_assets_released_channels_order_idx" ON "content_assets_released_channels" USING btree ("order");
  CREATE INDEX "content_assets_released_channels_parent_idx" ON "content_assets_released_channels" USING btree ("parent_id");
  CREATE INDEX "content_assets_released_channels_value_idx" ON "content_assets_released_channels" USING btree ("value");
  CREATE INDEX "_content_assets_v_version_released_channels_order_idx" ON "_content_assets_v_version_released_channels" USING btree ("order");
  CREATE INDEX "_content_assets_v_version_released_channels_parent_idx" ON "_content_assets_v_version_released_channels" USING btree ("parent_id");
  CREATE INDEX "_content_assets_v_version_released_channels_value_idx" ON "_content_assets_v_version_released_channels" USING btree ("value");
  CREATE INDEX "users_publisher_channels_order_idx" ON "users_publisher_channels" USING btree ("order");
  CREATE INDEX "users_publisher_channels_parent_idx" ON "users_publisher_channels" USING btree ("parent_id");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_brands_id_idx" ON "users_rels" USING btree ("brands_id");`)
  // Backfill: the channels each existing asset is already released on, as the save hook derives
  // them (format → channel frozen here as it was when this migration was written).
  await db.execute(sql`INSERT INTO "content_assets_released_channels" ("order", "parent_id", "value")
  SELECT ROW_NUMBER() OVER (PARTITION BY "parent_id" ORDER BY "channel"), "parent_id", "channel"::"enum_content_assets_released_channels"
  FROM (
    SELECT DISTINCT "_parent_id" AS "parent_id", CASE "format"
      WHEN 'wechat-article' THEN 'wechat-oa'
      WHEN 'wechat-image-post' THEN 'wechat-oa'
      WHEN 'wechat-channels-video' THEN 'wechat-channels'
      WHEN 'wecom-moments' THEN 'wecom'
      WHEN 'wecom-group-message' THEN 'wecom'
      WHEN 'weibo-post' THEN 'weibo'
      WHEN 'weibo-video' THEN 'weibo'
      WHEN 'douyin-video' THEN 'douyin'
      WHEN 'douyin-image-text' THEN 'douyin'
      WHEN 'xiaohongshu-image-note' THEN 'xiaohongshu'
      WHEN 'xiaohongshu-video-note' THEN 'xiaohongshu'
    END AS "channel"
    FROM "content_assets_variants"
    WHERE "status" IN ('approved', 'scheduled', 'published')
  ) AS "released"
  WHERE "channel" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "content_assets_released_channels" CASCADE;
  DROP TABLE "_content_assets_v_version_released_channels" CASCADE;
  DROP TABLE "users_publisher_channels" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TYPE "public"."enum_content_assets_released_channels";
  DROP TYPE "public"."enum__content_assets_v_version_released_channels";
  DROP TYPE "public"."enum_users_publisher_channels";`)
}
