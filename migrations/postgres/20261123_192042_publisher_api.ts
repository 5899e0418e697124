import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publish_feed_channel" AS ENUM('wechat-oa', 'wechat-channels', 'wecom', 'weibo', 'douyin', 'xiaohongshu');
  CREATE TYPE "public"."enum_publish_feed_format" AS ENUM('wechat-article', 'wechat-image-post', 'wechat-channels-video', 'wecom-moments', 'wecom-group-message', 'weibo-post', 'weibo-video', 'douyin-video', 'douyin-image-text', 'xiaohongshu-image-note', 'xiaohongshu-video-note');
  CREATE TYPE "public"."enum_publish_feed_status" AS ENUM('approved', 'scheduled', 'published');
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('variant.approved', 'variant.scheduled', 'variant.published', 'ugc.approved');
  CREATE TYPE "public"."enum_webhooks_platforms" AS ENUM('wechat-oa', 'wechat-channels', 'wecom', 'weibo', 'douyin', 'xiaohongshu');
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('variant.approved', 'variant.scheduled', 'variant.published', 'ugc.approved');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'delivered', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverWebhook';
  CREATE TABLE "publish_feed" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"variant_id" varchar NOT NULL,
  	"asset_id" integer NOT NULL,
  	"brand_id" integer NOT NULL,
  	"channel" "enum_publish_feed_channel" NOT NULL,
  	"format" "enum_publish_feed_format" NOT NULL,
  	"status" "enum_publish_feed_status" NOT NULL,
  	"content_hash" varchar NOT NULL,
  	"changed_at" timestamp(3) with time zone NOT NULL,
  	"item" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publish_feed_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "publish_feed_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"products_id" integer
  );
  
  CREATE TABLE "webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhooks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"brands_id" integer
  );
  
  CREATE TABLE "webhook_deliveries_attempts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"status_code" numeric,
  	"duration_ms" numeric,
  	"error" varchar
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"webhook_id" integer,
  	"event" "enum_webhook_deliveries_event" NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"data" jsonb NOT NULL,
  	"attempt_count" numeric DEFAULT 0,
  	"last_status_code" numeric,
  	"delivered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "content_assets_variants" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "_content_assets_v_version_variants" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publish_feed_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhooks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "publish_feed" ADD CONSTRAINT "publish_feed_asset_id_content_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."content_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_feed" ADD CONSTRAINT "publish_feed_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_feed_texts" ADD CONSTRAINT "publish_feed_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publish_feed"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publish_feed_rels" ADD CONSTRAINT "publish_feed_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publish_feed"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publish_feed_rels" ADD CONSTRAINT "publish_feed_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_events" ADD CONSTRAINT "webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_platforms" ADD CONSTRAINT "webhooks_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_rels" ADD CONSTRAINT "webhooks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_rels" ADD CONSTRAINT "webhooks_rels_brands_fk" FOREIGN KEY ("brands_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries_attempts" ADD CONSTRAINT "webhook_deliveries_attempts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "publish_feed_variant_id_idx" ON "publish_feed" USING btree ("variant_id");
  CREATE INDEX "publish_feed_asset_idx" ON "publish_feed" USING btree ("asset_id");
  CREATE INDEX "publish_feed_brand_idx" ON "publish_feed" USING btree ("brand_id");
  CREATE INDEX "publish_feed_updated_at_idx" ON "publish_feed" USING btree ("updated_at");
  CREATE INDEX "publish_feed_created_at_idx" ON "publish_feed" USING btree ("created_at");
  CREATE INDEX "channel_changedAt_variantId_idx" ON "publish_feed" USING btree ("channel","changed_at","variant_id");
  CREATE INDEX "status_changedAt_variantId_idx" ON "publish_feed" USING btree ("status","changed_at","variant_id");
  CREATE INDEX "publish_feed_texts_order_parent" ON "publish_feed_texts" USING btree ("order","parent_id");
  CREATE INDEX "publish_feed_rels_order_idx" ON "publish_feed_rels" USING btree ("order");
  CREATE INDEX "publish_feed_rels_parent_idx" ON "publish_feed_rels" USING btree ("parent_id");
  CREATE INDEX "publish_feed_rels_path_idx" ON "publish_feed_rels" USING btree ("path");
  CREATE INDEX "publish_feed_rels_products_id_idx" ON "publish_feed_rels" USING btree ("products_id");
  CREATE INDEX "webhooks_events_order_idx" ON "webhooks_events" USING btree ("order");
  CREATE INDEX "webhooks_events_parent_idx" ON "webhooks_events" USING btree ("parent_id");
  CREATE INDEX "webhooks_platforms_order_idx" ON "webhooks_platforms" USING btree ("order");
  CREATE INDEX "webhooks_platforms_parent_idx" ON "webhooks_platforms" USING btree ("parent_id");
  CREATE INDEX "webhooks_updated_at_idx" ON "webhooks" USING btree ("updated_at");
  CREATE INDEX "webhooks_created_at_idx" ON "webhooks" USING btree ("created_at");
  CREATE INDEX "webhooks_rels_order_idx" ON "webhooks_rels" USING btree ("order");
  CREATE INDEX "webhooks_rels_parent_idx" ON "webhooks_rels" USING btree ("parent_id");
  CREATE INDEX "webhooks_rels_path_idx" ON "webhooks_rels" USING btree ("path");
  CREATE INDEX "webhooks_rels_brands_id_idx" ON "webhooks_rels" USING btree ("brands_id");
  CREATE INDEX "webhook_deliveries_attempts_order_idx" ON "webhook_deliveries_attempts" USING btree ("_order");
  CREATE INDEX "webhook_deliveries_attempts_parent_id_idx" ON "webhook_deliveries_attempts" USING btree ("_parent_id");
  CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "webhook_deliveries_event_idx" ON "webhook_deliveries" USING btree ("event");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publish_feed_fk" FOREIGN KEY ("publish_feed_id") REFERENCES "public"."publish_feed"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhooks_fk" FOREIGN KEY ("webhooks_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publish_feed_id_idx" ON "payload_locked_documents_rels" USING btree ("publish_feed_id");
  CREATE INDEX "payload_locked_documents_rels_webhooks_id_idx" ON "payload_locked_documents_rels" USING btree ("webhooks_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publish_feed" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publish_feed_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publish_feed_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhooks_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhooks_platforms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhooks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhooks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publish_feed" CASCADE;
  DROP TABLE "publish_feed_texts" CASCADE;
  DROP TABLE "publish_feed_rels" CASCADE;
  DROP TABLE "webhooks_events" CASCADE;
  DROP TABLE "webhooks_platforms" CASCADE;
  DROP TABLE "webhooks" CASCADE;
  DROP TABLE "webhooks_rels" CASCADE;
  DROP TABLE "webhook_deliveries_attempts" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publish_feed_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhooks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDueVariants');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDueVariants');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_publish_feed_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhooks_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  ALTER TABLE "content_assets_variants" DROP COLUMN "published_at";
  ALTER TABLE "_content_assets_v_version_variants" DROP COLUMN "published_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publish_feed_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhooks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  DROP TYPE "public"."enum_publish_feed_channel";
  DROP TYPE "public"."enum_publish_feed_format";
  DROP TYPE "public"."enum_publish_feed_status";
  DROP TYPE "public"."enum_webhooks_events";
  DROP TYPE "public"."enum_webhooks_platforms";
  DROP TYPE "public"."enum_webhook_deliveries_event";
  DROP TYPE "public"."enum_webhook_deliveries_status";`)
}
