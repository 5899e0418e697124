import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_kols_verticals" AS ENUM('beauty', 'skincare', 'mother-baby', 'food', 'fitness', 'home', 'fashion', 'digital');
  CREATE TYPE "public"."enum_kols_styles" AS ENUM('review', 'tutorial', 'unboxing', 'haul', 'vlog', 'skit', 'live', 'knowledge');
  CREATE TYPE "public"."enum_kols_accounts_rate_card_format" AS ENUM('wechat-article', 'wechat-image-post', 'wechat-channels-video', 'wecom-moments', 'wecom-group-message', 'weibo-post', 'weibo-video', 'douyin-video', 'douyin-image-text', 'xiaohongshu-image-note', 'xiaohongshu-video-note');
  CREATE TYPE "public"."enum_kols_accounts_platform" AS ENUM('xiaohongshu', 'douyin', 'weibo', 'wechat-channels', 'wechat-oa');
  CREATE TYPE "public"."enum_kols_accounts_tier" AS ENUM('koc', 'tail', 'mid', 'head');
  CREATE TYPE "public"."enum_kols_brand_safety_flags" AS ENUM('public-controversy', 'regulatory-penalty', 'data-fraud', 'contract-breach');
  CREATE TYPE "public"."enum_kols_exclusivities_category" AS ENUM('cosmetics', 'food', 'mother-baby', 'other');
  CREATE TYPE "public"."enum_kols_kind" AS ENUM('kol', 'koc', 'celebrity', 'expert', 'employee-ip');
  CREATE TYPE "public"."enum_campaigns_platforms" AS ENUM('xiaohongshu', 'douyin', 'weibo', 'wechat-channels', 'wechat-oa');
  CREATE TYPE "public"."enum_campaigns_verticals" AS ENUM('beauty', 'skincare', 'mother-baby', 'food', 'fitness', 'home', 'fashion', 'digital');
  CREATE TYPE "public"."enum_campaigns_styles" AS ENUM('review', 'tutorial', 'unboxing', 'haul', 'vlog', 'skit', 'live', 'knowledge');
  CREATE TYPE "public"."enum_campaigns_live_stream_sessions_platform" AS ENUM('xiaohongshu', 'douyin', 'weibo', 'wechat-channels', 'wechat-oa');
  CREATE TYPE "public"."enum_campaigns_live_stream_lineup_role" AS ENUM('giveaway', 'traffic', 'bestseller');
  CREATE TYPE "public"."enum_campaigns_type" AS ENUM('co_branded', 'live_stream', 'seeding', 'offline_event', 'fission');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('planning', 'active', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_campaigns_fission_mechanic" AS ENUM('group-buy', 'invite-reward');
  CREATE TYPE "public"."enum_collaborations_deliverables_format" AS ENUM('wechat-article', 'wechat-image-post', 'wechat-channels-video', 'wecom-moments', 'wecom-group-message', 'weibo-post', 'weibo-video', 'douyin-video', 'douyin-image-text', 'xiaohongshu-image-note', 'xiaohongshu-video-note');
  CREATE TYPE "public"."enum_collaborations_snapshots_window" AS ENUM('t1', 't7', 't30');
  CREATE TYPE "public"."enum_collaborations_platform" AS ENUM('xiaohongshu', 'douyin', 'weibo', 'wechat-channels', 'wechat-oa');
  CREATE TYPE "public"."enum_collaborations_stage" AS ENUM('shortlisted', 'contacted', 'negotiating', 'contracted', 'briefed', 'draft_submitted', 'revision_requested', 'approved', 'published', 'data_collected', 'settled', 'cancelled');
  CREATE TYPE "public"."enum_collaborations_results_window" AS ENUM('t1', 't7', 't30');
  CREATE TYPE "public"."enum_collaborations_settlement_on_time" AS ENUM('yes', 'no');
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'shortlisted';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'contacted';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'negotiating';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'contracted';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'briefed';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'draft_submitted';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'revision_requested';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'data_collected';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'settled';
  ALTER TYPE "public"."enum_audit_log_from" ADD VALUE 'cancelled';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'shortlisted';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'contacted';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'negotiating';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'contracted';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'briefed';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'draft_submitted';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'revision_requested';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'data_collected';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'settled';
  ALTER TYPE "public"."enum_audit_log_to" ADD VALUE 'cancelled';
  CREATE TABLE "kols_verticals" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_kols_verticals",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "kols_styles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_kols_styles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "kols_accounts_rate_card" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"format" "enum_kols_accounts_rate_card_format" NOT NULL,
  	"price" numeric NOT NULL
  );
  
  CREATE TABLE "kols_accounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_kols_accounts_platform" NOT NULL,
  	"handle" varchar NOT NULL,
  	"url" varchar,
  	"followers" numeric,
  	"tier" "enum_kols_accounts_tier",
  	"posts_per_month" numeric,
  	"completion_rate" numeric,
  	"avg_views" numeric,
  	"avg_engagements" numeric,
  	"fake_follower_ratio" numeric,
  	"engagement_mix_likes" numeric,
  	"engagement_mix_comments" numeric,
  	"engagement_mix_shares" numeric,
  	"engagement_mix_saves" numeric,
  	"audience_female_share" numeric,
  	"audience_age_under18" numeric,
  	"audience_age_age18to24" numeric,
  	"audience_age_age25to34" numeric,
  	"audience_age_age35to44" numeric,
  	"audience_age_age45plus" numeric,
  	"audience_city_tiers_tier1" numeric,
  	"audience_city_tiers_new_tier1" numeric,
  	"audience_city_tiers_tier2" numeric,
  	"audience_city_tiers_tier3_below" numeric,
  	"lowest_rate" numeric
  );
  
  CREATE TABLE "kols_brand_safety_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_kols_brand_safety_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "kols_exclusivities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_kols_exclusivities_category" NOT NULL,
  	"brand_id" integer,
  	"until" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "kols" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_kols_kind" DEFAULT 'kol' NOT NULL,
  	"contact_real_name" varchar,
  	"contact_phone" varchar,
  	"contact_wechat_id" varchar,
  	"contact_email" varchar,
  	"contact_address" varchar,
  	"contact_agency" varchar,
  	"contact_agency_contact" varchar,
  	"contract_payment_terms" varchar,
  	"contract_notes" varchar,
  	"reputation_settled" numeric DEFAULT 0,
  	"reputation_rating_sum" numeric DEFAULT 0,
  	"reputation_on_time" numeric DEFAULT 0,
  	"reputation_score" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kols_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "campaigns_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_verticals" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_verticals",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_styles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_styles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_live_stream_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"duration_minutes" numeric,
  	"platform" "enum_campaigns_live_stream_sessions_platform",
  	"host_id" integer
  );
  
  CREATE TABLE "campaigns_live_stream_lineup" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"role" "enum_campaigns_live_stream_lineup_role",
  	"live_price" numeric
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"brand_id" integer NOT NULL,
  	"type" "enum_campaigns_type" NOT NULL,
  	"status" "enum_campaigns_status" DEFAULT 'planning' NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"persona_id" integer,
  	"co_branding_partner" varchar,
  	"offline_event_city" varchar,
  	"offline_event_venue" varchar,
  	"offline_event_capacity" numeric,
  	"fission_mechanic" "enum_campaigns_fission_mechanic",
  	"fission_group_size" numeric,
  	"fission_reward" varchar,
  	"budget_total" numeric,
  	"budget_committed" numeric,
  	"budget_remaining" numeric,
  	"kpis_reach" numeric,
  	"kpis_engagements" numeric,
  	"kpis_target_cpe" numeric,
  	"kpis_gmv" numeric,
  	"kpis_private_domain_followers" numeric,
  	"kpis_ugc_count" numeric,
  	"scoring_weights_audience" numeric,
  	"scoring_weights_relevance" numeric,
  	"scoring_weights_engagement" numeric,
  	"scoring_weights_authenticity" numeric,
  	"scoring_weights_cost" numeric,
  	"scoring_weights_reputation" numeric,
  	"scoring_weighted_cpe" boolean,
  	"scoring_size_damping" boolean,
  	"scoring_fake_follower_limit" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"products_id" integer
  );
  
  CREATE TABLE "collaborations_deliverables" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"format" "enum_collaborations_deliverables_format" NOT NULL,
  	"due_date" timestamp(3) with time zone,
  	"asset_id" integer,
  	"variant_id" varchar,
  	"published_url" varchar,
  	"platform_order_id" varchar,
  	"published_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "collaborations_snapshots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"window" "enum_collaborations_snapshots_window" NOT NULL,
  	"collected_at" timestamp(3) with time zone,
  	"views" numeric,
  	"likes" numeric,
  	"comments" numeric,
  	"shares" numeric,
  	"saves" numeric,
  	"clicks" numeric,
  	"orders" numeric,
  	"gmv" numeric,
  	"completion_rate" numeric
  );
  
  CREATE TABLE "collaborations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"campaign_id" integer NOT NULL,
  	"kol_id" integer NOT NULL,
  	"platform" "enum_collaborations_platform" NOT NULL,
  	"stage" "enum_collaborations_stage" DEFAULT 'shortlisted' NOT NULL,
  	"fee" numeric,
  	"stage_note" varchar,
  	"results_window" "enum_collaborations_results_window",
  	"results_views" numeric,
  	"results_engagements" numeric,
  	"results_orders" numeric,
  	"results_gmv" numeric,
  	"results_cpm" numeric,
  	"results_cpe" numeric,
  	"results_weighted_cpe" numeric,
  	"results_roi" numeric,
  	"settlement_rating" numeric,
  	"settlement_on_time" "enum_collaborations_settlement_on_time",
  	"fit_snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "content_assets" ADD COLUMN "campaign_id" integer;
  ALTER TABLE "_content_assets_v" ADD COLUMN "version_campaign_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kols_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "collaborations_id" integer;
  ALTER TABLE "kols_verticals" ADD CONSTRAINT "kols_verticals_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kols_styles" ADD CONSTRAINT "kols_styles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kols_accounts_rate_card" ADD CONSTRAINT "kols_accounts_rate_card_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."kols_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kols_accounts" ADD CONSTRAINT "kols_accounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."kols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kols_brand_safety_flags" ADD CONSTRAINT "kols_brand_safety_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kols_exclusivities" ADD CONSTRAINT "kols_exclusivities_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kols_exclusivities" ADD CONSTRAINT "kols_exclusivities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."kols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kols_texts" ADD CONSTRAINT "kols_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_platforms" ADD CONSTRAINT "campaigns_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_verticals" ADD CONSTRAINT "campaigns_verticals_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_styles" ADD CONSTRAINT "campaigns_styles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_live_stream_sessions" ADD CONSTRAINT "campaigns_live_stream_sessions_host_id_kols_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."kols"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_live_stream_sessions" ADD CONSTRAINT "campaigns_live_stream_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_live_stream_lineup" ADD CONSTRAINT "campaigns_live_stream_lineup_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_live_stream_lineup" ADD CONSTRAINT "campaigns_live_stream_lineup_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "collaborations_deliverables" ADD CONSTRAINT "collaborations_deliverables_asset_id_content_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."content_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "collaborations_deliverables" ADD CONSTRAINT "collaborations_deliverables_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "collaborations_snapshots" ADD CONSTRAINT "collaborations_snapshots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "collaborations" ADD CONSTRAINT "collaborations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "collaborations" ADD CONSTRAINT "collaborations_kol_id_kols_id_fk" FOREIGN KEY ("kol_id") REFERENCES "public"."kols"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "kols_verticals_order_idx" ON "kols_verticals" USING btree ("order");
  CREATE INDEX "kols_verticals_parent_idx" ON "kols_verticals" USING btree ("parent_id");
  CREATE INDEX "kols_styles_order_idx" ON "kols_styles" USING btree ("order");
  CREATE INDEX "kols_styles_parent_idx" ON "kols_styles" USING btree ("parent_id");
  CREATE INDEX "kols_accounts_rate_card_order_idx" ON "kols_accounts_rate_card" USING btree ("_order");
  CREATE INDEX "kols_accounts_rate_card_parent_id_idx" ON "kols_accounts_rate_card" USING btree ("_parent_id");
  CREATE INDEX "kols_accounts_order_idx" ON "kols_accounts" USING btree ("_order");
  CREATE INDEX "kols_accounts_parent_id_idx" ON "kols_accounts" USING btree ("_parent_id");
  CREATE INDEX "kols_accounts_handle_idx" ON "kols_accounts" USING btree ("handle");
  CREATE INDEX "kols_brand_safety_flags_order_idx" ON "kols_brand_safety_flags" USING btree ("order");
  CREATE INDEX "kols_brand_safety_flags_parent_idx" ON "kols_brand_safety_flags" USING btree ("parent_id");
  CREATE INDEX "kols_exclusivities_order_idx" ON "kols_exclusivities" USING btree ("_order");
  CREATE INDEX "kols_exclusivities_parent_id_idx" ON "kols_exclusivities" USING btree ("_parent_id");
  CREATE INDEX "kols_exclusivities_brand_idx" ON "kols_exclusivities" USING btree ("brand_id");
  CREATE INDEX "kols_name_idx" ON "kols" USING btree ("name");
  CREATE INDEX "kols_updated_at_idx" ON "kols" USING btree ("updated_at");
  CREATE INDEX "kols_created_at_idx" ON "kols" USING btree ("created_at");
  CREATE INDEX "kols_texts_order_parent" ON "kols_texts" USING btree ("order","parent_id");
  CREATE INDEX "campaigns_platforms_order_idx" ON "campaigns_platforms" USING btree ("order");
  CREATE INDEX "campaigns_platforms_parent_idx" ON "campaigns_platforms" USING btree ("parent_id");
  CREATE INDEX "campaigns_verticals_order_idx" ON "campaigns_verticals" USING btree ("order");
  CREATE INDEX "campaigns_verticals_parent_idx" ON "campaigns_verticals" USING btree ("parent_id");
  CREATE INDEX "campaigns_styles_order_idx" ON "campaigns_styles" USING btree ("order");
  CREATE INDEX "campaigns_styles_parent_idx" ON "campaigns_styles" USING btree ("parent_id");
  CREATE INDEX "campaigns_live_stream_sessions_order_idx" ON "campaigns_live_stream_sessions" USING btree ("_order");
  CREATE INDEX "campaigns_live_stream_sessions_parent_id_idx" ON "campaigns_live_stream_sessions" USING btree ("_parent_id");
  CREATE INDEX "campaigns_live_stream_sessions_host_idx" ON "campaigns_live_stream_sessions" USING btree ("host_id");
  CREATE INDEX "campaigns_live_stream_lineup_order_idx" ON "campaigns_live_stream_lineup" USING btree ("_order");
  CREATE INDEX "campaigns_live_stream_lineup_parent_id_idx" ON "campaigns_live_stream_lineup" USING btree ("_parent_id");
  CREATE INDEX "campaigns_live_stream_lineup_product_idx" ON "campaigns_live_stream_lineup" USING btree ("product_id");
  CREATE INDEX "campaigns_brand_idx" ON "campaigns" USING btree ("brand_id");
  CREATE INDEX "campaigns_persona_idx" ON "campaigns" USING btree ("persona_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_products_id_idx" ON "campaigns_rels" USING btree ("products_id");
  CREATE INDEX "collaborations_deliverables_order_idx" ON "collaborations_deliverables" USING btree ("_order");
  CREATE INDEX "collaborations_deliverables_parent_id_idx" ON "collaborations_deliverables" USING btree ("_parent_id");
  CREATE INDEX "collaborations_deliverables_asset_idx" ON "collaborations_deliverables" USING btree ("asset_id");
  CREATE INDEX "collaborations_snapshots_order_idx" ON "collaborations_snapshots" USING btree ("_order");
  CREATE INDEX "collaborations_snapshots_parent_id_idx" ON "collaborations_snapshots" USING btree ("_parent_id");
  CREATE INDEX "collaborations_campaign_idx" ON "collaborations" USING btree ("campaign_id");
  CREATE INDEX "collaborations_kol_idx" ON "collaborations" USING btree ("kol_id");
  CREATE INDEX "collaborations_stage_idx" ON "collaborations" USING btree ("stage");
  CREATE INDEX "collaborations_updated_at_idx" ON "collaborations" USING btree ("updated_at");
  CREATE INDEX "collaborations_created_at_idx" ON "collaborations" USING btree ("created_at");
  ALTER TABLE "content_assets" ADD CONSTRAINT "content_assets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_assets_v" ADD CONSTRAINT "_content_assets_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kols_fk" FOREIGN KEY ("kols_id") REFERENCES "public"."kols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_collaborations_fk" FOREIGN KEY ("collaborations_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "content_assets_campaign_idx" ON "content_assets" USING btree ("campaign_id");
  CREATE INDEX "_content_assets_v_version_version_campaign_idx" ON "_content_assets_v" USING btree ("version_campaign_id");
  CREATE INDEX "payload_locked_documents_rels_kols_id_idx" ON "payload_locked_documents_rels" USING btree ("kols_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_collaborations_id_idx" ON "payload_locked_documents_rels" USING btree ("collaborations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kols_verticals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kols_styles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kols_accounts_rate_card" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kols_accounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kols_brand_safety_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kols_exclusivities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kols" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kols_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_platforms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_verticals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_styles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_live_stream_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_live_stream_lineup" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "collaborations_deliverables" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "collaborations_snapshots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "collaborations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "kols_verticals" CASCADE;
  DROP TABLE "kols_styles" CASCADE;
  DROP TABLE "kols_accounts_rate_card" CASCADE;
  DROP TABLE "kols_accounts" CASCADE;
  DROP TABLE "kols_brand_safety_flags" CASCADE;
  DROP TABLE "kols_exclusivities" CASCADE;
  DROP TABLE "kols" CASCADE;
  DROP TABLE "kols_texts" CASCADE;
  DROP TABLE "campaigns_platforms" CASCADE;
  DROP TABLE "campaigns_verticals" CASCADE;
  DROP TABLE "campaigns_styles" CASCADE;
  DROP TABLE "campaigns_live_stream_sessions" CASCADE;
  DROP TABLE "campaigns_live_stream_lineup" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "collaborations_deliverables" CASCADE;
  DROP TABLE "collaborations_snapshots" CASCADE;
  DROP TABLE "collaborations" CASCADE;
  ALTER TABLE "content_assets" DROP CONSTRAINT "content_assets_campaign_id_campaigns_id_fk";
  
  ALTER TABLE "_content_assets_v" DROP CONSTRAINT "_content_assets_v_version_campaign_id_campaigns_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_kols_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_collaborations_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "from" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_from";
  CREATE TYPE "public"."enum_audit_log_from" AS ENUM('draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived');
  ALTER TABLE "audit_log" ALTER COLUMN "from" SET DATA TYPE "public"."enum_audit_log_from" USING "from"::"public"."enum_audit_log_from";
  ALTER TABLE "audit_log" ALTER COLUMN "to" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_to";
  CREATE TYPE "public"."enum_audit_log_to" AS ENUM('draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived');
  ALTER TABLE "audit_log" ALTER COLUMN "to" SET DATA TYPE "public"."enum_audit_log_to" USING "to"::"public"."enum_audit_log_to";
  DROP INDEX "content_assets_campaign_idx";
  DROP INDEX "_content_assets_v_version_version_campaign_idx";
  DROP INDEX "payload_locked_documents_rels_kols_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_collaborations_id_idx";
  ALTER TABLE "content_assets" DROP COLUMN "campaign_id";
  ALTER TABLE "_content_assets_v" DROP COLUMN "version_campaign_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kols_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "collaborations_id";
  DROP TYPE "public"."enum_kols_verticals";
  DROP TYPE "public"."enum_kols_styles";
  DROP TYPE "public"."enum_kols_accounts_rate_card_format";
  DROP TYPE "public"."enum_kols_accounts_platform";
  DROP TYPE "public"."enum_kols_accounts_tier";
  DROP TYPE "public"."enum_kols_brand_safety_flags";
  DROP TYPE "public"."enum_kols_exclusivities_category";
  DROP TYPE "public"."enum_kols_kind";
  DROP TYPE "public"."enum_campaigns_platforms";
  DROP TYPE "public"."enum_campaigns_verticals";
  DROP TYPE "public"."enum_campaigns_styles";
  DROP TYPE "public"."enum_campaigns_live_stream_sessions_platform";
  DROP TYPE "public"."enum_campaigns_live_stream_lineup_role";
  DROP TYPE "public"."enum_campaigns_type";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum_campaigns_fission_mechanic";
  DROP TYPE "public"."enum_collaborations_deliverables_format";
  DROP TYPE "public"."enum_collaborations_snapshots_window";
  DROP TYPE "public"."enum_collaborations_platform";
  DROP TYPE "public"."enum_collaborations_stage";
  DROP TYPE "public"."enum_collaborations_results_window";
  DROP TYPE "public"."enum_collaborations_settlement_on_time";`)
}
