import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_content_assets_variants_format" AS ENUM('wechat-article', 'wechat-image-post', 'wechat-channels-video', 'wecom-moments', 'wecom-group-message', 'weibo-post', 'weibo-video', 'douyin-video', 'douyin-image-text', 'xiaohongshu-image-note', 'xiaohongshu-video-note');
  CREATE TYPE "public"."enum_content_assets_variants_status" AS ENUM('draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived');
  CREATE TYPE "public"."enum_content_assets_workflow_status" AS ENUM('draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived');
  CREATE TYPE "public"."enum_content_assets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__content_assets_v_version_variants_format" AS ENUM('wechat-article', 'wechat-image-post', 'wechat-channels-video', 'wecom-moments', 'wecom-group-message', 'weibo-post', 'weibo-video', 'douyin-video', 'douyin-image-text', 'xiaohongshu-image-note', 'xiaohongshu-video-note');
  CREATE TYPE "public"."enum__content_assets_v_version_variants_status" AS ENUM('draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived');
  CREATE TYPE "public"."enum__content_assets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_brands_category" AS ENUM('cosmetics', 'food', 'mother-baby', 'other');
  CREATE TYPE "public"."enum_products_verticals" AS ENUM('beauty', 'skincare', 'mother-baby', 'food', 'fitness', 'home', 'fashion', 'digital');
  CREATE TYPE "public"."enum_products_category" AS ENUM('cosmetics', 'food', 'mother-baby', 'other');
  CREATE TYPE "public"."enum_personas_city_tiers" AS ENUM('tier-1', 'new-tier-1', 'tier-2', 'tier-3-below');
  CREATE TYPE "public"."enum_personas_interests" AS ENUM('beauty', 'skincare', 'mother-baby', 'food', 'fitness', 'home', 'fashion', 'digital');
  CREATE TYPE "public"."enum_personas_gender" AS ENUM('female', 'male', 'any');
  CREATE TYPE "public"."enum_audit_log_from" AS ENUM('draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived');
  CREATE TYPE "public"."enum_audit_log_to" AS ENUM('draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDueVariants');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDueVariants');
  CREATE TABLE "content_assets_variants_mentions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"platform_user_id" varchar
  );
  
  CREATE TABLE "content_assets_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"format" "enum_content_assets_variants_format",
  	"status" "enum_content_assets_variants_status" DEFAULT 'draft',
  	"scheduled_at" timestamp(3) with time zone,
  	"title" varchar,
  	"body" varchar,
  	"digest" varchar,
  	"author" varchar,
  	"cover_id" integer,
  	"video_id" integer,
  	"commercial_order_id" varchar,
  	"marketing_declared" boolean,
  	"published_url" varchar,
  	"platform_post_id" varchar,
  	"workflow_note" varchar,
  	"override_compliance" boolean,
  	"checks" jsonb
  );
  
  CREATE TABLE "content_assets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"status" "enum_content_assets_workflow_status",
  	"brand_id" integer,
  	"persona_id" integer,
  	"sponsored" boolean,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_content_assets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "content_assets_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "content_assets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"products_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_content_assets_v_version_variants_mentions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"platform_user_id" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_content_assets_v_version_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"format" "enum__content_assets_v_version_variants_format",
  	"status" "enum__content_assets_v_version_variants_status" DEFAULT 'draft',
  	"scheduled_at" timestamp(3) with time zone,
  	"title" varchar,
  	"body" varchar,
  	"digest" varchar,
  	"author" varchar,
  	"cover_id" integer,
  	"video_id" integer,
  	"commercial_order_id" varchar,
  	"marketing_declared" boolean,
  	"published_url" varchar,
  	"platform_post_id" varchar,
  	"workflow_note" varchar,
  	"override_compliance" boolean,
  	"checks" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_content_assets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_status" "enum_content_assets_workflow_status",
  	"version_brand_id" integer,
  	"version_persona_id" integer,
  	"version_sponsored" boolean,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__content_assets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_content_assets_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_content_assets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"products_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"duration_seconds" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_wide235_url" varchar,
  	"sizes_wide235_width" numeric,
  	"sizes_wide235_height" numeric,
  	"sizes_wide235_mime_type" varchar,
  	"sizes_wide235_filesize" numeric,
  	"sizes_wide235_filename" varchar,
  	"sizes_square_url" varchar,
  	"sizes_square_width" numeric,
  	"sizes_square_height" numeric,
  	"sizes_square_mime_type" varchar,
  	"sizes_square_filesize" numeric,
  	"sizes_square_filename" varchar,
  	"sizes_portrait3x4_url" varchar,
  	"sizes_portrait3x4_width" numeric,
  	"sizes_portrait3x4_height" numeric,
  	"sizes_portrait3x4_mime_type" varchar,
  	"sizes_portrait3x4_filesize" numeric,
  	"sizes_portrait3x4_filename" varchar,
  	"sizes_vertical9x16_url" varchar,
  	"sizes_vertical9x16_width" numeric,
  	"sizes_vertical9x16_height" numeric,
  	"sizes_vertical9x16_mime_type" varchar,
  	"sizes_vertical9x16_filesize" numeric,
  	"sizes_vertical9x16_filename" varchar,
  	"sizes_landscape4x3_url" varchar,
  	"sizes_landscape4x3_width" numeric,
  	"sizes_landscape4x3_height" numeric,
  	"sizes_landscape4x3_mime_type" varchar,
  	"sizes_landscape4x3_filesize" numeric,
  	"sizes_landscape4x3_filename" varchar,
  	"sizes_landscape16x9_url" varchar,
  	"sizes_landscape16x9_width" numeric,
  	"sizes_landscape16x9_height" numeric,
  	"sizes_landscape16x9_mime_type" varchar,
  	"sizes_landscape16x9_filesize" numeric,
  	"sizes_landscape16x9_filename" varchar
  );
  
  CREATE TABLE "brands" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"category" "enum_brands_category" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "brands_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "products_verticals" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_products_verticals",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "products" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"sku" varchar NOT NULL,
  	"brand_id" integer NOT NULL,
  	"category" "enum_products_category" NOT NULL,
  	"price_yuan" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "personas_city_tiers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_personas_city_tiers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "personas_interests" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_personas_interests",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "personas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"gender" "enum_personas_gender" DEFAULT 'any' NOT NULL,
  	"age_min" numeric NOT NULL,
  	"age_max" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"actor" varchar NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"variant_id" varchar,
  	"format" varchar,
  	"from" "enum_audit_log_from",
  	"to" "enum_audit_log_to" NOT NULL,
  	"reason" varchar,
  	"overridden_issues" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "content_assets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "brands_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "products_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "personas_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "content_assets_variants_mentions" ADD CONSTRAINT "content_assets_variants_mentions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_assets_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_assets_variants" ADD CONSTRAINT "content_assets_variants_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_assets_variants" ADD CONSTRAINT "content_assets_variants_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_assets_variants" ADD CONSTRAINT "content_assets_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_assets" ADD CONSTRAINT "content_assets_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_assets" ADD CONSTRAINT "content_assets_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_assets_texts" ADD CONSTRAINT "content_assets_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_assets_rels" ADD CONSTRAINT "content_assets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_assets_rels" ADD CONSTRAINT "content_assets_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_assets_rels" ADD CONSTRAINT "content_assets_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_assets_v_version_variants_mentions" ADD CONSTRAINT "_content_assets_v_version_variants_mentions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_content_assets_v_version_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_assets_v_version_variants" ADD CONSTRAINT "_content_assets_v_version_variants_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_assets_v_version_variants" ADD CONSTRAINT "_content_assets_v_version_variants_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_assets_v_version_variants" ADD CONSTRAINT "_content_assets_v_version_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_content_assets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_assets_v" ADD CONSTRAINT "_content_assets_v_parent_id_content_assets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_assets_v" ADD CONSTRAINT "_content_assets_v_version_brand_id_brands_id_fk" FOREIGN KEY ("version_brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_assets_v" ADD CONSTRAINT "_content_assets_v_version_persona_id_personas_id_fk" FOREIGN KEY ("version_persona_id") REFERENCES "public"."personas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_assets_v_texts" ADD CONSTRAINT "_content_assets_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_content_assets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_assets_v_rels" ADD CONSTRAINT "_content_assets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_content_assets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_assets_v_rels" ADD CONSTRAINT "_content_assets_v_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_content_assets_v_rels" ADD CONSTRAINT "_content_assets_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brands_texts" ADD CONSTRAINT "brands_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products_verticals" ADD CONSTRAINT "products_verticals_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "personas_city_tiers" ADD CONSTRAINT "personas_city_tiers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."personas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "personas_interests" ADD CONSTRAINT "personas_interests_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."personas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "content_assets_variants_mentions_order_idx" ON "content_assets_variants_mentions" USING btree ("_order");
  CREATE INDEX "content_assets_variants_mentions_parent_id_idx" ON "content_assets_variants_mentions" USING btree ("_parent_id");
  CREATE INDEX "content_assets_variants_order_idx" ON "content_assets_variants" USING btree ("_order");
  CREATE INDEX "content_assets_variants_parent_id_idx" ON "content_assets_variants" USING btree ("_parent_id");
  CREATE INDEX "content_assets_variants_cover_idx" ON "content_assets_variants" USING btree ("cover_id");
  CREATE INDEX "content_assets_variants_video_idx" ON "content_assets_variants" USING btree ("video_id");
  CREATE INDEX "content_assets_status_idx" ON "content_assets" USING btree ("status");
  CREATE INDEX "content_assets_brand_idx" ON "content_assets" USING btree ("brand_id");
  CREATE INDEX "content_assets_persona_idx" ON "content_assets" USING btree ("persona_id");
  CREATE INDEX "content_assets_updated_at_idx" ON "content_assets" USING btree ("updated_at");
  CREATE INDEX "content_assets_created_at_idx" ON "content_assets" USING btree ("created_at");
  CREATE INDEX "content_assets__status_idx" ON "content_assets" USING btree ("_status");
  CREATE INDEX "content_assets_texts_order_parent" ON "content_assets_texts" USING btree ("order","parent_id");
  CREATE INDEX "content_assets_rels_order_idx" ON "content_assets_rels" USING btree ("order");
  CREATE INDEX "content_assets_rels_parent_idx" ON "content_assets_rels" USING btree ("parent_id");
  CREATE INDEX "content_assets_rels_path_idx" ON "content_assets_rels" USING btree ("path");
  CREATE INDEX "content_assets_rels_products_id_idx" ON "content_assets_rels" USING btree ("products_id");
  CREATE INDEX "content_assets_rels_media_id_idx" ON "content_assets_rels" USING btree ("media_id");
  CREATE INDEX "_content_assets_v_version_variants_mentions_order_idx" ON "_content_assets_v_version_variants_mentions" USING btree ("_order");
  CREATE INDEX "_content_assets_v_version_variants_mentions_parent_id_idx" ON "_content_assets_v_version_variants_mentions" USING btree ("_parent_id");
  CREATE INDEX "_content_assets_v_version_variants_order_idx" ON "_content_assets_v_version_variants" USING btree ("_order");
  CREATE INDEX "_content_assets_v_version_variants_parent_id_idx" ON "_content_assets_v_version_variants" USING btree ("_parent_id");
  CREATE INDEX "_content_assets_v_version_variants_cover_idx" ON "_content_assets_v_version_variants" USING btree ("cover_id");
  CREATE INDEX "_content_assets_v_version_variants_video_idx" ON "_content_assets_v_version_variants" USING btree ("video_id");
  CREATE INDEX "_content_assets_v_parent_idx" ON "_content_assets_v" USING btree ("parent_id");
  CREATE INDEX "_content_assets_v_version_version_status_idx" ON "_content_assets_v" USING btree ("version_status");
  CREATE INDEX "_content_assets_v_version_version_brand_idx" ON "_content_assets_v" USING btree ("version_brand_id");
  CREATE INDEX "_content_assets_v_version_version_persona_idx" ON "_content_assets_v" USING btree ("version_persona_id");
  CREATE INDEX "_content_assets_v_version_version_updated_at_idx" ON "_content_assets_v" USING btree ("version_updated_at");
  CREATE INDEX "_content_assets_v_version_version_created_at_idx" ON "_content_assets_v" USING btree ("version_created_at");
  CREATE INDEX "_content_assets_v_version_version__status_idx" ON "_content_assets_v" USING btree ("version__status");
  CREATE INDEX "_content_assets_v_created_at_idx" ON "_content_assets_v" USING btree ("created_at");
  CREATE INDEX "_content_assets_v_updated_at_idx" ON "_content_assets_v" USING btree ("updated_at");
  CREATE INDEX "_content_assets_v_latest_idx" ON "_content_assets_v" USING btree ("latest");
  CREATE INDEX "_content_assets_v_texts_order_parent" ON "_content_assets_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_content_assets_v_rels_order_idx" ON "_content_assets_v_rels" USING btree ("order");
  CREATE INDEX "_content_assets_v_rels_parent_idx" ON "_content_assets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_content_assets_v_rels_path_idx" ON "_content_assets_v_rels" USING btree ("path");
  CREATE INDEX "_content_assets_v_rels_products_id_idx" ON "_content_assets_v_rels" USING btree ("products_id");
  CREATE INDEX "_content_assets_v_rels_media_id_idx" ON "_content_assets_v_rels" USING btree ("media_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_wide235_sizes_wide235_filename_idx" ON "media" USING btree ("sizes_wide235_filename");
  CREATE INDEX "media_sizes_square_sizes_square_filename_idx" ON "media" USING btree ("sizes_square_filename");
  CREATE INDEX "media_sizes_portrait3x4_sizes_portrait3x4_filename_idx" ON "media" USING btree ("sizes_portrait3x4_filename");
  CREATE INDEX "media_sizes_vertical9x16_sizes_vertical9x16_filename_idx" ON "media" USING btree ("sizes_vertical9x16_filename");
  CREATE INDEX "media_sizes_landscape4x3_sizes_landscape4x3_filename_idx" ON "media" USING btree ("sizes_landscape4x3_filename");
  CREATE INDEX "media_sizes_landscape16x9_sizes_landscape16x9_filename_idx" ON "media" USING btree ("sizes_landscape16x9_filename");
  CREATE UNIQUE INDEX "brands_name_idx" ON "brands" USING btree ("name");
  CREATE INDEX "brands_updated_at_idx" ON "brands" USING btree ("updated_at");
  CREATE INDEX "brands_created_at_idx" ON "brands" USING btree ("created_at");
  CREATE INDEX "brands_texts_order_parent" ON "brands_texts" USING btree ("order","parent_id");
  CREATE INDEX "products_verticals_order_idx" ON "products_verticals" USING btree ("order");
  CREATE INDEX "products_verticals_parent_idx" ON "products_verticals" USING btree ("parent_id");
  CREATE UNIQUE INDEX "products_sku_idx" ON "products" USING btree ("sku");
  CREATE INDEX "products_brand_idx" ON "products" USING btree ("brand_id");
  CREATE INDEX "products_updated_at_idx" ON "products" USING btree ("updated_at");
  CREATE INDEX "products_created_at_idx" ON "products" USING btree ("created_at");
  CREATE INDEX "personas_city_tiers_order_idx" ON "personas_city_tiers" USING btree ("order");
  CREATE INDEX "personas_city_tiers_parent_idx" ON "personas_city_tiers" USING btree ("parent_id");
  CREATE INDEX "personas_interests_order_idx" ON "personas_interests" USING btree ("order");
  CREATE INDEX "personas_interests_parent_idx" ON "personas_interests" USING btree ("parent_id");
  CREATE INDEX "personas_updated_at_idx" ON "personas" USING btree ("updated_at");
  CREATE INDEX "personas_created_at_idx" ON "personas" USING btree ("created_at");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_assets_fk" FOREIGN KEY ("content_assets_id") REFERENCES "public"."content_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_brands_fk" FOREIGN KEY ("brands_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_personas_fk" FOREIGN KEY ("personas_id") REFERENCES "public"."personas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_content_assets_id_idx" ON "payload_locked_documents_rels" USING btree ("content_assets_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_brands_id_idx" ON "payload_locked_documents_rels" USING btree ("brands_id");
  CREATE INDEX "payload_locked_documents_rels_products_id_idx" ON "payload_locked_documents_rels" USING btree ("products_id");
  CREATE INDEX "payload_locked_documents_rels_personas_id_idx" ON "payload_locked_documents_rels" USING btree ("personas_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "content_assets_variants_mentions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_assets_variants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_assets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_assets_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_assets_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_assets_v_version_variants_mentions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_assets_v_version_variants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_assets_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_assets_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_content_assets_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "brands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "brands_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "products_verticals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "products" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "personas_city_tiers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "personas_interests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "personas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "content_assets_variants_mentions" CASCADE;
  DROP TABLE "content_assets_variants" CASCADE;
  DROP TABLE "content_assets" CASCADE;
  DROP TABLE "content_assets_texts" CASCADE;
  DROP TABLE "content_assets_rels" CASCADE;
  DROP TABLE "_content_assets_v_version_variants_mentions" CASCADE;
  DROP TABLE "_content_assets_v_version_variants" CASCADE;
  DROP TABLE "_content_assets_v" CASCADE;
  DROP TABLE "_content_assets_v_texts" CASCADE;
  DROP TABLE "_content_assets_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "brands" CASCADE;
  DROP TABLE "brands_texts" CASCADE;
  DROP TABLE "products_verticals" CASCADE;
  DROP TABLE "products" CASCADE;
  DROP TABLE "personas_city_tiers" CASCADE;
  DROP TABLE "personas_interests" CASCADE;
  DROP TABLE "personas" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_content_assets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_brands_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_products_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_personas_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_content_assets_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_brands_id_idx";
  DROP INDEX "payload_locked_documents_rels_products_id_idx";
  DROP INDEX "payload_locked_documents_rels_personas_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "content_assets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "brands_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "products_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "personas_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_content_assets_variants_format";
  DROP TYPE "public"."enum_content_assets_variants_status";
  DROP TYPE "public"."enum_content_assets_workflow_status";
  DROP TYPE "public"."enum_content_assets_status";
  DROP TYPE "public"."enum__content_assets_v_version_variants_format";
  DROP TYPE "public"."enum__content_assets_v_version_variants_status";
  DROP TYPE "public"."enum__content_assets_v_version_status";
  DROP TYPE "public"."enum_brands_category";
  DROP TYPE "public"."enum_products_verticals";
  DROP TYPE "public"."enum_products_category";
  DROP TYPE "public"."enum_personas_city_tiers";
  DROP TYPE "public"."enum_personas_interests";
  DROP TYPE "public"."enum_personas_gender";
  DROP TYPE "public"."enum_audit_log_from";
  DROP TYPE "public"."enum_audit_log_to";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
