import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_ugc_submissions_licence_scopes" AS ENUM('brand-channels', 'paid-ads');
  CREATE TYPE "public"."enum_ugc_submissions_masked_personal_data" AS ENUM('phone', 'wechat', 'email', 'id-card');
  CREATE TYPE "public"."enum_ugc_submissions_status" AS ENUM('pending', 'approved', 'rejected', 'featured');
  CREATE TYPE "public"."enum_ugc_submissions_reward_kind" AS ENUM('coupon', 'points');
  CREATE TYPE "public"."enum_ugc_submissions_source" AS ENUM('xiaohongshu', 'douyin', 'weibo', 'wechat-channels', 'wechat-oa', 'taobao', 'jd', 'pinduoduo', 'brand-site', 'other');
  CREATE TYPE "public"."enum_ugc_media_kind" AS ENUM('image', 'video');
  CREATE TYPE "public"."enum_brands_ugc_reward_kind" AS ENUM('points', 'coupon');
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'pending';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'featured';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'erased';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'pending';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'featured';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'erased';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'removeStagedUploads';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'removeStagedUploads';
  CREATE TABLE "ugc_submissions_licence_scopes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_ugc_submissions_licence_scopes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "ugc_submissions_duplicates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"matched_submission_id" integer,
  	"matched_media_id" integer,
  	"distance" numeric
  );
  
  CREATE TABLE "ugc_submissions_masked_personal_data" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_ugc_submissions_masked_personal_data",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "ugc_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"status" "enum_ugc_submissions_status" DEFAULT 'pending' NOT NULL,
  	"rejection_reason" varchar,
  	"moderated_by_id" integer,
  	"moderated_at" timestamp(3) with time zone,
  	"reward_kind" "enum_ugc_submissions_reward_kind",
  	"reward_coupon_id" integer,
  	"reward_points" numeric,
  	"reward_issued_at" timestamp(3) with time zone,
  	"product_id" integer NOT NULL,
  	"brand_id" integer,
  	"text" varchar,
  	"source" "enum_ugc_submissions_source",
  	"source_url" varchar,
  	"author_nickname" varchar,
  	"author_contact" varchar,
  	"author_contact_key" varchar,
  	"licence_term_months" numeric,
  	"licence_expires_at" timestamp(3) with time zone,
  	"licence_consent_version" varchar,
  	"licence_consented_at" timestamp(3) with time zone,
  	"licence_ip_hash" varchar,
  	"duplicate" boolean,
  	"compliance_blocks" numeric,
  	"compliance" jsonb,
  	"erased_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ugc_submissions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"ugc_media_id" integer
  );
  
  CREATE TABLE "ugc_media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"submission_id" integer,
  	"kind" "enum_ugc_media_kind" NOT NULL,
  	"sha256" varchar,
  	"phash" varchar,
  	"staged_until" timestamp(3) with time zone,
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
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "ugc_media_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "reward_coupons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"brand_id" integer NOT NULL,
  	"note" varchar,
  	"issued_to_id" integer,
  	"issued_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "content_assets" ADD COLUMN "source_ugc_id" integer;
  ALTER TABLE "_content_assets_v" ADD COLUMN "version_source_ugc_id" integer;
  ALTER TABLE "brands" ADD COLUMN "ugc_reward_kind" "enum_brands_ugc_reward_kind" DEFAULT 'points';
  ALTER TABLE "brands" ADD COLUMN "ugc_reward_points" numeric DEFAULT 100;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ugc_submissions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ugc_media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reward_coupons_id" integer;
  ALTER TABLE "ugc_submissions_licence_scopes" ADD CONSTRAINT "ugc_submissions_licence_scopes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ugc_submissions_duplicates" ADD CONSTRAINT "ugc_submissions_duplicates_media_id_ugc_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."ugc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ugc_submissions_duplicates" ADD CONSTRAINT "ugc_submissions_duplicates_matched_submission_id_ugc_submissions_id_fk" FOREIGN KEY ("matched_submission_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ugc_submissions_duplicates" ADD CONSTRAINT "ugc_submissions_duplicates_matched_media_id_ugc_media_id_fk" FOREIGN KEY ("matched_media_id") REFERENCES "public"."ugc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ugc_submissions_duplicates" ADD CONSTRAINT "ugc_submissions_duplicates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ugc_submissions_masked_personal_data" ADD CONSTRAINT "ugc_submissions_masked_personal_data_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ugc_submissions" ADD CONSTRAINT "ugc_submissions_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ugc_submissions" ADD CONSTRAINT "ugc_submissions_reward_coupon_id_reward_coupons_id_fk" FOREIGN KEY ("reward_coupon_id") REFERENCES "public"."reward_coupons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ugc_submissions" ADD CONSTRAINT "ugc_submissions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ugc_submissions" ADD CONSTRAINT "ugc_submissions_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ugc_submissions_rels" ADD CONSTRAINT "ugc_submissions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ugc_submissions_rels" ADD CONSTRAINT "ugc_submissions_rels_ugc_media_fk" FOREIGN KEY ("ugc_media_id") REFERENCES "public"."ugc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ugc_media" ADD CONSTRAINT "ugc_media_submission_id_ugc_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ugc_media_texts" ADD CONSTRAINT "ugc_media_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ugc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reward_coupons" ADD CONSTRAINT "reward_coupons_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reward_coupons" ADD CONSTRAINT "reward_coupons_issued_to_id_ugc_submissions_id_fk" FOREIGN KEY ("issued_to_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "ugc_submissions_licence_scopes_order_idx" ON "ugc_submissions_licence_scopes" USING btree ("order");
  CREATE INDEX "ugc_submissions_licence_scopes_parent_idx" ON "ugc_submissions_licence_scopes" USING btree ("parent_id");
  CREATE INDEX "ugc_submissions_duplicates_order_idx" ON "ugc_submissions_duplicates" USING btree ("_order");
  CREATE INDEX "ugc_submissions_duplicates_parent_id_idx" ON "ugc_submissions_duplicates" USING btree ("_parent_id");
  CREATE INDEX "ugc_submissions_duplicates_media_idx" ON "ugc_submissions_duplicates" USING btree ("media_id");
  CREATE INDEX "ugc_submissions_duplicates_matched_submission_idx" ON "ugc_submissions_duplicates" USING btree ("matched_submission_id");
  CREATE INDEX "ugc_submissions_duplicates_matched_media_idx" ON "ugc_submissions_duplicates" USING btree ("matched_media_id");
  CREATE INDEX "ugc_submissions_masked_personal_data_order_idx" ON "ugc_submissions_masked_personal_data" USING btree ("order");
  CREATE INDEX "ugc_submissions_masked_personal_data_parent_idx" ON "ugc_submissions_masked_personal_data" USING btree ("parent_id");
  CREATE INDEX "ugc_submissions_status_idx" ON "ugc_submissions" USING btree ("status");
  CREATE INDEX "ugc_submissions_moderated_by_idx" ON "ugc_submissions" USING btree ("moderated_by_id");
  CREATE UNIQUE INDEX "ugc_submissions_reward_reward_coupon_idx" ON "ugc_submissions" USING btree ("reward_coupon_id");
  CREATE INDEX "ugc_submissions_product_idx" ON "ugc_submissions" USING btree ("product_id");
  CREATE INDEX "ugc_submissions_brand_idx" ON "ugc_submissions" USING btree ("brand_id");
  CREATE INDEX "ugc_submissions_author_author_contact_key_idx" ON "ugc_submissions" USING btree ("author_contact_key");
  CREATE INDEX "ugc_submissions_licence_licence_expires_at_idx" ON "ugc_submissions" USING btree ("licence_expires_at");
  CREATE INDEX "ugc_submissions_licence_licence_ip_hash_idx" ON "ugc_submissions" USING btree ("licence_ip_hash");
  CREATE INDEX "ugc_submissions_duplicate_idx" ON "ugc_submissions" USING btree ("duplicate");
  CREATE INDEX "ugc_submissions_updated_at_idx" ON "ugc_submissions" USING btree ("updated_at");
  CREATE INDEX "ugc_submissions_created_at_idx" ON "ugc_submissions" USING btree ("created_at");
  CREATE INDEX "ugc_submissions_rels_order_idx" ON "ugc_submissions_rels" USING btree ("order");
  CREATE INDEX "ugc_submissions_rels_parent_idx" ON "ugc_submissions_rels" USING btree ("parent_id");
  CREATE INDEX "ugc_submissions_rels_path_idx" ON "ugc_submissions_rels" USING btree ("path");
  CREATE INDEX "ugc_submissions_rels_ugc_media_id_idx" ON "ugc_submissions_rels" USING btree ("ugc_media_id");
  CREATE INDEX "ugc_media_submission_idx" ON "ugc_media" USING btree ("submission_id");
  CREATE INDEX "ugc_media_sha256_idx" ON "ugc_media" USING btree ("sha256");
  CREATE INDEX "ugc_media_staged_until_idx" ON "ugc_media" USING btree ("staged_until");
  CREATE INDEX "ugc_media_updated_at_idx" ON "ugc_media" USING btree ("updated_at");
  CREATE INDEX "ugc_media_created_at_idx" ON "ugc_media" USING btree ("created_at");
  CREATE UNIQUE INDEX "ugc_media_filename_idx" ON "ugc_media" USING btree ("filename");
  CREATE INDEX "ugc_media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "ugc_media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "ugc_media_texts_order_parent" ON "ugc_media_texts" USING btree ("order","parent_id");
  CREATE INDEX "ugc_media_texts_text_idx" ON "ugc_media_texts" USING btree ("text");
  CREATE UNIQUE INDEX "reward_coupons_code_idx" ON "reward_coupons" USING btree ("code");
  CREATE INDEX "reward_coupons_brand_idx" ON "reward_coupons" USING btree ("brand_id");
  CREATE UNIQUE INDEX "reward_coupons_issued_to_idx" ON "reward_coupons" USING btree ("issued_to_id");
  CREATE INDEX "reward_coupons_issued_at_idx" ON "reward_coupons" USING btree ("issued_at");
  CREATE INDEX "reward_coupons_updated_at_idx" ON "reward_coupons" USING btree ("updated_at");
  CREATE INDEX "reward_coupons_created_at_idx" ON "reward_coupons" USING btree ("created_at");
  ALTER TABLE "content_assets" ADD CONSTRAINT "content_assets_source_ugc_id_ugc_submissions_id_fk" FOREIGN KEY ("source_ugc_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_assets_v" ADD CONSTRAINT "_content_assets_v_version_source_ugc_id_ugc_submissions_id_fk" FOREIGN KEY ("version_source_ugc_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ugc_submissions_fk" FOREIGN KEY ("ugc_submissions_id") REFERENCES "public"."ugc_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ugc_media_fk" FOREIGN KEY ("ugc_media_id") REFERENCES "public"."ugc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reward_coupons_fk" FOREIGN KEY ("reward_coupons_id") REFERENCES "public"."reward_coupons"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "content_assets_source_ugc_idx" ON "content_assets" USING btree ("source_ugc_id");
  CREATE INDEX "_content_assets_v_version_version_source_ugc_idx" ON "_content_assets_v" USING btree ("version_source_ugc_id");
  CREATE INDEX "payload_locked_documents_rels_ugc_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("ugc_submissions_id");
  CREATE INDEX "payload_locked_documents_rels_ugc_media_id_idx" ON "payload_locked_documents_rels" USING btree ("ugc_media_id");
  CREATE INDEX "payload_locked_documents_rels_reward_coupons_id_idx" ON "payload_locked_documents_rels" USING btree ("reward_coupons_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ugc_submissions_licence_scopes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ugc_submissions_duplicates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ugc_submissions_masked_personal_data" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ugc_submissions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ugc_submissions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ugc_media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ugc_media_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reward_coupons" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "ugc_submissions_licence_scopes" CASCADE;
  DROP TABLE "ugc_submissions_duplicates" CASCADE;
  DROP TABLE "ugc_submissions_masked_personal_data" CASCADE;
  DROP TABLE "ugc_submissions" CASCADE;
  DROP TABLE "ugc_submissions_rels" CASCADE;
  DROP TABLE "ugc_media" CASCADE;
  DROP TABLE "ugc_media_texts" CASCADE;
  DROP TABLE "reward_coupons" CASCADE;
  ALTER TABLE "content_assets" DROP CONSTRAINT "content_assets_source_ugc_id_ugc_submissions_id_fk";
  
  ALTER TABLE "_content_assets_v" DROP CONSTRAINT "_content_assets_v_version_source_ugc_id_ugc_submissions_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ugc_submissions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ugc_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reward_coupons_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "from" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_from";
  CREATE TYPE "public"."enum_audit_log_from" AS ENUM('draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived', 'shortlisted', 'contacted', 'negotiating', 'contracted', 'briefed', 'draft_submitted', 'revision_requested', 'data_collected', 'settled', 'cancelled');
  ALTER TABLE "audit_log" ALTER COLUMN "from" SET DATA TYPE "public"."enum_audit_log_from" USING "from"::"public"."enum_audit_log_from";
  ALTER TABLE "audit_log" ALTER COLUMN "to" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_to";
  CREATE TYPE "public"."enum_audit_log_to" AS ENUM('draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived', 'shortlisted', 'contacted', 'negotiating', 'contracted', 'briefed', 'draft_submitted', 'revision_requested', 'data_collected', 'settled', 'cancelled');
  ALTER TABLE "audit_log" ALTER COLUMN "to" SET DATA TYPE "public"."enum_audit_log_to" USING "to"::"public"."enum_audit_log_to";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDueVariants', 'deliverWebhook');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDueVariants', 'deliverWebhook');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "content_assets_source_ugc_idx";
  DROP INDEX "_content_assets_v_version_version_source_ugc_idx";
  DROP INDEX "payload_locked_documents_rels_ugc_submissions_id_idx";
  DROP INDEX "payload_locked_documents_rels_ugc_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_reward_coupons_id_idx";
  ALTER TABLE "content_assets" DROP COLUMN "source_ugc_id";
  ALTER TABLE "_content_assets_v" DROP COLUMN "version_source_ugc_id";
  ALTER TABLE "brands" DROP COLUMN "ugc_reward_kind";
  ALTER TABLE "brands" DROP COLUMN "ugc_reward_points";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ugc_submissions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ugc_media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reward_coupons_id";
  DROP TYPE "public"."enum_ugc_submissions_licence_scopes";
  DROP TYPE "public"."enum_ugc_submissions_masked_personal_data";
  DROP TYPE "public"."enum_ugc_submissions_status";
  DROP TYPE "public"."enum_ugc_submissions_reward_kind";
  DROP TYPE "public"."enum_ugc_submissions_source";
  DROP TYPE "public"."enum_ugc_media_kind";
  DROP TYPE "public"."enum_brands_ugc_reward_kind";`)
}
