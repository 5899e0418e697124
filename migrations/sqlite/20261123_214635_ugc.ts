import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`ugc_submissions_licence_scopes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ugc_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ugc_submissions_licence_scopes_order_idx\` ON \`ugc_submissions_licence_scopes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_licence_scopes_parent_idx\` ON \`ugc_submissions_licence_scopes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ugc_submissions_duplicates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`matched_submission_id\` integer,
  	\`matched_media_id\` integer,
  	\`distance\` numeric,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`ugc_media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`matched_submission_id\`) REFERENCES \`ugc_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`matched_media_id\`) REFERENCES \`ugc_media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ugc_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ugc_submissions_duplicates_order_idx\` ON \`ugc_submissions_duplicates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_duplicates_parent_id_idx\` ON \`ugc_submissions_duplicates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_duplicates_media_idx\` ON \`ugc_submissions_duplicates\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_duplicates_matched_submission_idx\` ON \`ugc_submissions_duplicates\` (\`matched_submission_id\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_duplicates_matched_media_idx\` ON \`ugc_submissions_duplicates\` (\`matched_media_id\`);`)
  await db.run(sql`CREATE TABLE \`ugc_submissions_masked_personal_data\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ugc_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ugc_submissions_masked_personal_data_order_idx\` ON \`ugc_submissions_masked_personal_data\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_masked_personal_data_parent_idx\` ON \`ugc_submissions_masked_personal_data\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ugc_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`rejection_reason\` text,
  	\`moderated_by_id\` integer,
  	\`moderated_at\` text,
  	\`reward_kind\` text,
  	\`reward_coupon_id\` integer,
  	\`reward_points\` numeric,
  	\`reward_issued_at\` text,
  	\`product_id\` integer NOT NULL,
  	\`brand_id\` integer,
  	\`text\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`author_nickname\` text,
  	\`author_contact\` text,
  	\`author_contact_key\` text,
  	\`licence_term_months\` numeric,
  	\`licence_expires_at\` text,
  	\`licence_consent_version\` text,
  	\`licence_consented_at\` text,
  	\`licence_ip_hash\` text,
  	\`duplicate\` integer,
  	\`compliance_blocks\` numeric,
  	\`compliance\` text,
  	\`erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reward_coupon_id\`) REFERENCES \`reward_coupons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ugc_submissions_status_idx\` ON \`ugc_submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_moderated_by_idx\` ON \`ugc_submissions\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ugc_submissions_reward_reward_coupon_idx\` ON \`ugc_submissions\` (\`reward_coupon_id\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_product_idx\` ON \`ugc_submissions\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_brand_idx\` ON \`ugc_submissions\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_author_author_contact_key_idx\` ON \`ugc_submissions\` (\`author_contact_key\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_licence_licence_expires_at_idx\` ON \`ugc_submissions\` (\`licence_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_licence_licence_ip_hash_idx\` ON \`ugc_submissions\` (\`licence_ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_duplicate_idx\` ON \`ugc_submissions\` (\`duplicate\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_updated_at_idx\` ON \`ugc_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_created_at_idx\` ON \`ugc_submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ugc_submissions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`ugc_media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ugc_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ugc_media_id\`) REFERENCES \`ugc_media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ugc_submissions_rels_order_idx\` ON \`ugc_submissions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_rels_parent_idx\` ON \`ugc_submissions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_rels_path_idx\` ON \`ugc_submissions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ugc_submissions_rels_ugc_media_id_idx\` ON \`ugc_submissions_rels\` (\`ugc_media_id\`);`)
  await db.run(sql`CREATE TABLE \`ugc_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`submission_id\` integer,
  	\`kind\` text NOT NULL,
  	\`sha256\` text,
  	\`phash\` text,
  	\`staged_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	FOREIGN KEY (\`submission_id\`) REFERENCES \`ugc_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ugc_media_submission_idx\` ON \`ugc_media\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`ugc_media_sha256_idx\` ON \`ugc_media\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`ugc_media_staged_until_idx\` ON \`ugc_media\` (\`staged_until\`);`)
  await db.run(sql`CREATE INDEX \`ugc_media_updated_at_idx\` ON \`ugc_media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ugc_media_created_at_idx\` ON \`ugc_media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ugc_media_filename_idx\` ON \`ugc_media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`ugc_media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`ugc_media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE TABLE \`ugc_media_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ugc_media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ugc_media_texts_order_parent\` ON \`ugc_media_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ugc_media_texts_text_idx\` ON \`ugc_media_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`reward_coupons\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`brand_id\` integer NOT NULL,
  	\`note\` text,
  	\`issued_to_id\` integer,
  	\`issued_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issued_to_id\`) REFERENCES \`ugc_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reward_coupons_code_idx\` ON \`reward_coupons\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`reward_coupons_brand_idx\` ON \`reward_coupons\` (\`brand_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reward_coupons_issued_to_idx\` ON \`reward_coupons\` (\`issued_to_id\`);`)
  await db.run(sql`CREATE INDEX \`reward_coupons_issued_at_idx\` ON \`reward_coupons\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`reward_coupons_updated_at_idx\` ON \`reward_coupons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reward_coupons_created_at_idx\` ON \`reward_coupons\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`content_assets\` ADD \`source_ugc_id\` integer REFERENCES ugc_submissions(id);`)
  await db.run(sql`CREATE INDEX \`content_assets_source_ugc_idx\` ON \`content_assets\` (\`source_ugc_id\`);`)
  await db.run(sql`ALTER TABLE \`_content_assets_v\` ADD \`version_source_ugc_id\` integer REFERENCES ugc_submissions(id);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_source_ugc_idx\` ON \`_content_assets_v\` (\`version_source_ugc_id\`);`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`ugc_reward_kind\` text DEFAULT 'points';`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`ugc_reward_points\` numeric DEFAULT 100;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ugc_submissions_id\` integer REFERENCES ugc_submissions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ugc_media_id\` integer REFERENCES ugc_media(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reward_coupons_id\` integer REFERENCES reward_coupons(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ugc_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`ugc_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ugc_media_id_idx\` ON \`payload_locked_documents_rels\` (\`ugc_media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reward_coupons_id_idx\` ON \`payload_locked_documents_rels\` (\`reward_coupons_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`ugc_submissions_licence_scopes\`;`)
  await db.run(sql`DROP TABLE \`ugc_submissions_duplicates\`;`)
  await db.run(sql`DROP TABLE \`ugc_submissions_masked_personal_data\`;`)
  await db.run(sql`DROP TABLE \`ugc_submissions\`;`)
  await db.run(sql`DROP TABLE \`ugc_submissions_rels\`;`)
  await db.run(sql`DROP TABLE \`ugc_media\`;`)
  await db.run(sql`DROP TABLE \`ugc_media_texts\`;`)
  await db.run(sql`DROP TABLE \`reward_coupons\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_content_assets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`status\` text,
  	\`brand_id\` integer,
  	\`campaign_id\` integer,
  	\`persona_id\` integer,
  	\`sponsored\` integer,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`persona_id\`) REFERENCES \`personas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_content_assets\`("id", "title", "status", "brand_id", "campaign_id", "persona_id", "sponsored", "body", "updated_at", "created_at", "_status") SELECT "id", "title", "status", "brand_id", "campaign_id", "persona_id", "sponsored", "body", "updated_at", "created_at", "_status" FROM \`content_assets\`;`)
  await db.run(sql`DROP TABLE \`content_assets\`;`)
  await db.run(sql`ALTER TABLE \`__new_content_assets\` RENAME TO \`content_assets\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`content_assets_status_idx\` ON \`content_assets\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_brand_idx\` ON \`content_assets\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_campaign_idx\` ON \`content_assets\` (\`campaign_id\`);`)
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
  	\`version_campaign_id\` integer,
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
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_persona_id\`) REFERENCES \`personas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__content_assets_v\`("id", "parent_id", "version_title", "version_status", "version_brand_id", "version_campaign_id", "version_persona_id", "version_sponsored", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_status", "version_brand_id", "version_campaign_id", "version_persona_id", "version_sponsored", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_content_assets_v\`;`)
  await db.run(sql`DROP TABLE \`_content_assets_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__content_assets_v\` RENAME TO \`_content_assets_v\`;`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_parent_idx\` ON \`_content_assets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_status_idx\` ON \`_content_assets_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_brand_idx\` ON \`_content_assets_v\` (\`version_brand_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_version_campaign_idx\` ON \`_content_assets_v\` (\`version_campaign_id\`);`)
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
  	\`kols_id\` integer,
  	\`campaigns_id\` integer,
  	\`collaborations_id\` integer,
  	\`brands_id\` integer,
  	\`products_id\` integer,
  	\`personas_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`publish_feed_id\` integer,
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_assets_id\`) REFERENCES \`content_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kols_id\`) REFERENCES \`kols\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`collaborations_id\`) REFERENCES \`collaborations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`personas_id\`) REFERENCES \`personas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publish_feed_id\`) REFERENCES \`publish_feed\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "content_assets_id", "media_id", "kols_id", "campaigns_id", "collaborations_id", "brands_id", "products_id", "personas_id", "users_id", "audit_log_id", "publish_feed_id", "webhooks_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "content_assets_id", "media_id", "kols_id", "campaigns_id", "collaborations_id", "brands_id", "products_id", "personas_id", "users_id", "audit_log_id", "publish_feed_id", "webhooks_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`content_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kols_id_idx\` ON \`payload_locked_documents_rels\` (\`kols_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_collaborations_id_idx\` ON \`payload_locked_documents_rels\` (\`collaborations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brands_id_idx\` ON \`payload_locked_documents_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_personas_id_idx\` ON \`payload_locked_documents_rels\` (\`personas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publish_feed_id_idx\` ON \`payload_locked_documents_rels\` (\`publish_feed_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`ugc_reward_kind\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`ugc_reward_points\`;`)
}
