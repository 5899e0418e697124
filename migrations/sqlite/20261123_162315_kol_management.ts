import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`kols_verticals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kols\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kols_verticals_order_idx\` ON \`kols_verticals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kols_verticals_parent_idx\` ON \`kols_verticals\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kols_styles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kols\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kols_styles_order_idx\` ON \`kols_styles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kols_styles_parent_idx\` ON \`kols_styles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kols_accounts_rate_card\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`format\` text NOT NULL,
  	\`price\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kols_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kols_accounts_rate_card_order_idx\` ON \`kols_accounts_rate_card\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kols_accounts_rate_card_parent_id_idx\` ON \`kols_accounts_rate_card\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kols_accounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`handle\` text NOT NULL,
  	\`url\` text,
  	\`followers\` numeric,
  	\`tier\` text,
  	\`posts_per_month\` numeric,
  	\`completion_rate\` numeric,
  	\`avg_views\` numeric,
  	\`avg_engagements\` numeric,
  	\`fake_follower_ratio\` numeric,
  	\`engagement_mix_likes\` numeric,
  	\`engagement_mix_comments\` numeric,
  	\`engagement_mix_shares\` numeric,
  	\`engagement_mix_saves\` numeric,
  	\`audience_female_share\` numeric,
  	\`audience_age_under18\` numeric,
  	\`audience_age_age18to24\` numeric,
  	\`audience_age_age25to34\` numeric,
  	\`audience_age_age35to44\` numeric,
  	\`audience_age_age45plus\` numeric,
  	\`audience_city_tiers_tier1\` numeric,
  	\`audience_city_tiers_new_tier1\` numeric,
  	\`audience_city_tiers_tier2\` numeric,
  	\`audience_city_tiers_tier3_below\` numeric,
  	\`lowest_rate\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kols\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kols_accounts_order_idx\` ON \`kols_accounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kols_accounts_parent_id_idx\` ON \`kols_accounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kols_accounts_handle_idx\` ON \`kols_accounts\` (\`handle\`);`)
  await db.run(sql`CREATE TABLE \`kols_brand_safety_flags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kols\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kols_brand_safety_flags_order_idx\` ON \`kols_brand_safety_flags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kols_brand_safety_flags_parent_idx\` ON \`kols_brand_safety_flags\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kols_exclusivities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`brand_id\` integer,
  	\`until\` text NOT NULL,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kols\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kols_exclusivities_order_idx\` ON \`kols_exclusivities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kols_exclusivities_parent_id_idx\` ON \`kols_exclusivities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kols_exclusivities_brand_idx\` ON \`kols_exclusivities\` (\`brand_id\`);`)
  await db.run(sql`CREATE TABLE \`kols\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'kol' NOT NULL,
  	\`contact_real_name\` text,
  	\`contact_phone\` text,
  	\`contact_wechat_id\` text,
  	\`contact_email\` text,
  	\`contact_address\` text,
  	\`contact_agency\` text,
  	\`contact_agency_contact\` text,
  	\`contract_payment_terms\` text,
  	\`contract_notes\` text,
  	\`reputation_settled\` numeric DEFAULT 0,
  	\`reputation_rating_sum\` numeric DEFAULT 0,
  	\`reputation_on_time\` numeric DEFAULT 0,
  	\`reputation_score\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`kols_name_idx\` ON \`kols\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`kols_updated_at_idx\` ON \`kols\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kols_created_at_idx\` ON \`kols\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kols_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kols\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kols_texts_order_parent\` ON \`kols_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_platforms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_platforms_order_idx\` ON \`campaigns_platforms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_platforms_parent_idx\` ON \`campaigns_platforms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_verticals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_verticals_order_idx\` ON \`campaigns_verticals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_verticals_parent_idx\` ON \`campaigns_verticals\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_styles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_styles_order_idx\` ON \`campaigns_styles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_styles_parent_idx\` ON \`campaigns_styles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_live_stream_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`duration_minutes\` numeric,
  	\`platform\` text,
  	\`host_id\` integer,
  	FOREIGN KEY (\`host_id\`) REFERENCES \`kols\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_live_stream_sessions_order_idx\` ON \`campaigns_live_stream_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_live_stream_sessions_parent_id_idx\` ON \`campaigns_live_stream_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_live_stream_sessions_host_idx\` ON \`campaigns_live_stream_sessions\` (\`host_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_live_stream_lineup\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`product_id\` integer,
  	\`role\` text,
  	\`live_price\` numeric,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_live_stream_lineup_order_idx\` ON \`campaigns_live_stream_lineup\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_live_stream_lineup_parent_id_idx\` ON \`campaigns_live_stream_lineup\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_live_stream_lineup_product_idx\` ON \`campaigns_live_stream_lineup\` (\`product_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`brand_id\` integer NOT NULL,
  	\`type\` text NOT NULL,
  	\`status\` text DEFAULT 'planning' NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`persona_id\` integer,
  	\`co_branding_partner\` text,
  	\`offline_event_city\` text,
  	\`offline_event_venue\` text,
  	\`offline_event_capacity\` numeric,
  	\`fission_mechanic\` text,
  	\`fission_group_size\` numeric,
  	\`fission_reward\` text,
  	\`budget_total\` numeric,
  	\`budget_committed\` numeric,
  	\`budget_remaining\` numeric,
  	\`kpis_reach\` numeric,
  	\`kpis_engagements\` numeric,
  	\`kpis_target_cpe\` numeric,
  	\`kpis_gmv\` numeric,
  	\`kpis_private_domain_followers\` numeric,
  	\`kpis_ugc_count\` numeric,
  	\`scoring_weights_audience\` numeric,
  	\`scoring_weights_relevance\` numeric,
  	\`scoring_weights_engagement\` numeric,
  	\`scoring_weights_authenticity\` numeric,
  	\`scoring_weights_cost\` numeric,
  	\`scoring_weights_reputation\` numeric,
  	\`scoring_weighted_cpe\` integer,
  	\`scoring_size_damping\` integer,
  	\`scoring_fake_follower_limit\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`persona_id\`) REFERENCES \`personas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_brand_idx\` ON \`campaigns\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_persona_idx\` ON \`campaigns\` (\`persona_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`products_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_products_id_idx\` ON \`campaigns_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE TABLE \`collaborations_deliverables\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`format\` text NOT NULL,
  	\`due_date\` text,
  	\`asset_id\` integer,
  	\`variant_id\` text,
  	\`published_url\` text,
  	\`platform_order_id\` text,
  	\`published_at\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`content_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`collaborations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`collaborations_deliverables_order_idx\` ON \`collaborations_deliverables\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`collaborations_deliverables_parent_id_idx\` ON \`collaborations_deliverables\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`collaborations_deliverables_asset_idx\` ON \`collaborations_deliverables\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`collaborations_snapshots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`window\` text NOT NULL,
  	\`collected_at\` text,
  	\`views\` numeric,
  	\`likes\` numeric,
  	\`comments\` numeric,
  	\`shares\` numeric,
  	\`saves\` numeric,
  	\`clicks\` numeric,
  	\`orders\` numeric,
  	\`gmv\` numeric,
  	\`completion_rate\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`collaborations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`collaborations_snapshots_order_idx\` ON \`collaborations_snapshots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`collaborations_snapshots_parent_id_idx\` ON \`collaborations_snapshots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`collaborations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`campaign_id\` integer NOT NULL,
  	\`kol_id\` integer NOT NULL,
  	\`platform\` text NOT NULL,
  	\`stage\` text DEFAULT 'shortlisted' NOT NULL,
  	\`fee\` numeric,
  	\`stage_note\` text,
  	\`results_window\` text,
  	\`results_views\` numeric,
  	\`results_engagements\` numeric,
  	\`results_orders\` numeric,
  	\`results_gmv\` numeric,
  	\`results_cpm\` numeric,
  	\`results_cpe\` numeric,
  	\`results_weighted_cpe\` numeric,
  	\`results_roi\` numeric,
  	\`settlement_rating\` numeric,
  	\`settlement_on_time\` text,
  	\`fit_snapshot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kol_id\`) REFERENCES \`kols\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`collaborations_campaign_idx\` ON \`collaborations\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`collaborations_kol_idx\` ON \`collaborations\` (\`kol_id\`);`)
  await db.run(sql`CREATE INDEX \`collaborations_stage_idx\` ON \`collaborations\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`collaborations_updated_at_idx\` ON \`collaborations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`collaborations_created_at_idx\` ON \`collaborations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`content_assets\` ADD \`campaign_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`CREATE INDEX \`content_assets_campaign_idx\` ON \`content_assets\` (\`campaign_id\`);`)
  await db.run(sql`ALTER TABLE \`_content_assets_v\` ADD \`version_campaign_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_campaign_idx\` ON \`_content_assets_v\` (\`version_campaign_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`kols_id\` integer REFERENCES kols(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`collaborations_id\` integer REFERENCES collaborations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kols_id_idx\` ON \`payload_locked_documents_rels\` (\`kols_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_collaborations_id_idx\` ON \`payload_locked_documents_rels\` (\`collaborations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`kols_verticals\`;`)
  await db.run(sql`DROP TABLE \`kols_styles\`;`)
  await db.run(sql`DROP TABLE \`kols_accounts_rate_card\`;`)
  await db.run(sql`DROP TABLE \`kols_accounts\`;`)
  await db.run(sql`DROP TABLE \`kols_brand_safety_flags\`;`)
  await db.run(sql`DROP TABLE \`kols_exclusivities\`;`)
  await db.run(sql`DROP TABLE \`kols\`;`)
  await db.run(sql`DROP TABLE \`kols_texts\`;`)
  await db.run(sql`DROP TABLE \`campaigns_platforms\`;`)
  await db.run(sql`DROP TABLE \`campaigns_verticals\`;`)
  await db.run(sql`DROP TABLE \`campaigns_styles\`;`)
  await db.run(sql`DROP TABLE \`campaigns_live_stream_sessions\`;`)
  await db.run(sql`DROP TABLE \`campaigns_live_stream_lineup\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`collaborations_deliverables\`;`)
  await db.run(sql`DROP TABLE \`collaborations_snapshots\`;`)
  await db.run(sql`DROP TABLE \`collaborations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_content_assets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`status\` text,
  	\`brand_id\` integer,
  	\`persona_id\` integer,
  	\`sponsored\` integer,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`persona_id\`) REFERENCES \`personas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_content_assets\`("id", "title", "status", "brand_id", "persona_id", "sponsored", "body", "updated_at", "created_at", "_status") SELECT "id", "title", "status", "brand_id", "persona_id", "sponsored", "body", "updated_at", "created_at", "_status" FROM \`content_assets\`;`)
  await db.run(sql`DROP TABLE \`content_assets\`;`)
  await db.run(sql`ALTER TABLE \`__new_content_assets\` RENAME TO \`content_assets\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`content_assets_status_idx\` ON \`content_assets\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_brand_idx\` ON \`content_assets\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_persona_idx\` ON \`content_assets\` (\`persona_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_updated_at_idx\` ON \`content_assets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_created_at_idx\` ON \`content_assets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`content_assets__status_idx\` ON \`content_assets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__content_assets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_status\` text,
  	\`version_brand_id\` integer,
  	\`version_persona_id\` integer,
  	\`version_sponsored\` integer,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_assets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_persona_id\`) REFERENCES \`personas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__content_assets_v\`("id", "parent_id", "version_title", "version_status", "version_brand_id", "version_persona_id", "version_sponsored", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_status", "version_brand_id", "version_persona_id", "version_sponsored", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_content_assets_v\`;`)
  await db.run(sql`DROP TABLE \`_content_assets_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__content_assets_v\` RENAME TO \`_content_assets_v\`;`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_parent_idx\` ON \`_content_assets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_status_idx\` ON \`_content_assets_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_brand_idx\` ON \`_content_assets_v\` (\`version_brand_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_persona_idx\` ON \`_content_assets_v\` (\`version_persona_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_updated_at_idx\` ON \`_content_assets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_created_at_idx\` ON \`_content_assets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version__status_idx\` ON \`_content_assets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_created_at_idx\` ON \`_content_assets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_updated_at_idx\` ON \`_content_assets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_latest_idx\` ON \`_content_assets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`content_assets_id\` integer,
  	\`media_id\` integer,
  	\`brands_id\` integer,
  	\`products_id\` integer,
  	\`personas_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_assets_id\`) REFERENCES \`content_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`personas_id\`) REFERENCES \`personas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "content_assets_id", "media_id", "brands_id", "products_id", "personas_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "content_assets_id", "media_id", "brands_id", "products_id", "personas_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`content_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brands_id_idx\` ON \`payload_locked_documents_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_personas_id_idx\` ON \`payload_locked_documents_rels\` (\`personas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}
