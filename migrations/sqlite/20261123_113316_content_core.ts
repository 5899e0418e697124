import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`content_assets_variants_mentions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`platform_user_id\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_assets_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_assets_variants_mentions_order_idx\` ON \`content_assets_variants_mentions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_variants_mentions_parent_id_idx\` ON \`content_assets_variants_mentions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_assets_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`format\` text,
  	\`status\` text DEFAULT 'draft',
  	\`scheduled_at\` text,
  	\`title\` text,
  	\`body\` text,
  	\`digest\` text,
  	\`author\` text,
  	\`cover_id\` integer,
  	\`video_id\` integer,
  	\`commercial_order_id\` text,
  	\`marketing_declared\` integer,
  	\`published_url\` text,
  	\`platform_post_id\` text,
  	\`workflow_note\` text,
  	\`override_compliance\` integer,
  	\`checks\` text,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_assets_variants_order_idx\` ON \`content_assets_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_variants_parent_id_idx\` ON \`content_assets_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_variants_cover_idx\` ON \`content_assets_variants\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_variants_video_idx\` ON \`content_assets_variants\` (\`video_id\`);`)
  await db.run(sql`CREATE TABLE \`content_assets\` (
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
  await db.run(sql`CREATE INDEX \`content_assets_status_idx\` ON \`content_assets\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_brand_idx\` ON \`content_assets\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_persona_idx\` ON \`content_assets\` (\`persona_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_updated_at_idx\` ON \`content_assets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_created_at_idx\` ON \`content_assets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`content_assets__status_idx\` ON \`content_assets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`content_assets_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_assets_texts_order_parent\` ON \`content_assets_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_assets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`products_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_assets_rels_order_idx\` ON \`content_assets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_rels_parent_idx\` ON \`content_assets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_rels_path_idx\` ON \`content_assets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_rels_products_id_idx\` ON \`content_assets_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_rels_media_id_idx\` ON \`content_assets_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_content_assets_v_version_variants_mentions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`platform_user_id\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_content_assets_v_version_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_variants_mentions_order_idx\` ON \`_content_assets_v_version_variants_mentions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_variants_mentions_parent_id_idx\` ON \`_content_assets_v_version_variants_mentions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_content_assets_v_version_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`format\` text,
  	\`status\` text DEFAULT 'draft',
  	\`scheduled_at\` text,
  	\`title\` text,
  	\`body\` text,
  	\`digest\` text,
  	\`author\` text,
  	\`cover_id\` integer,
  	\`video_id\` integer,
  	\`commercial_order_id\` text,
  	\`marketing_declared\` integer,
  	\`published_url\` text,
  	\`platform_post_id\` text,
  	\`workflow_note\` text,
  	\`override_compliance\` integer,
  	\`checks\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_content_assets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_variants_order_idx\` ON \`_content_assets_v_version_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_variants_parent_id_idx\` ON \`_content_assets_v_version_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_variants_cover_idx\` ON \`_content_assets_v_version_variants\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_variants_video_idx\` ON \`_content_assets_v_version_variants\` (\`video_id\`);`)
  await db.run(sql`CREATE TABLE \`_content_assets_v\` (
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
  await db.run(sql`CREATE TABLE \`_content_assets_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_content_assets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_content_assets_v_texts_order_parent\` ON \`_content_assets_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_content_assets_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`products_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_content_assets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_content_assets_v_rels_order_idx\` ON \`_content_assets_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_rels_parent_idx\` ON \`_content_assets_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_rels_path_idx\` ON \`_content_assets_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_rels_products_id_idx\` ON \`_content_assets_v_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_rels_media_id_idx\` ON \`_content_assets_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`duration_seconds\` numeric,
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
  	\`sizes_wide235_url\` text,
  	\`sizes_wide235_width\` numeric,
  	\`sizes_wide235_height\` numeric,
  	\`sizes_wide235_mime_type\` text,
  	\`sizes_wide235_filesize\` numeric,
  	\`sizes_wide235_filename\` text,
  	\`sizes_square_url\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_filename\` text,
  	\`sizes_portrait3x4_url\` text,
  	\`sizes_portrait3x4_width\` numeric,
  	\`sizes_portrait3x4_height\` numeric,
  	\`sizes_portrait3x4_mime_type\` text,
  	\`sizes_portrait3x4_filesize\` numeric,
  	\`sizes_portrait3x4_filename\` text,
  	\`sizes_vertical9x16_url\` text,
  	\`sizes_vertical9x16_width\` numeric,
  	\`sizes_vertical9x16_height\` numeric,
  	\`sizes_vertical9x16_mime_type\` text,
  	\`sizes_vertical9x16_filesize\` numeric,
  	\`sizes_vertical9x16_filename\` text,
  	\`sizes_landscape4x3_url\` text,
  	\`sizes_landscape4x3_width\` numeric,
  	\`sizes_landscape4x3_height\` numeric,
  	\`sizes_landscape4x3_mime_type\` text,
  	\`sizes_landscape4x3_filesize\` numeric,
  	\`sizes_landscape4x3_filename\` text,
  	\`sizes_landscape16x9_url\` text,
  	\`sizes_landscape16x9_width\` numeric,
  	\`sizes_landscape16x9_height\` numeric,
  	\`sizes_landscape16x9_mime_type\` text,
  	\`sizes_landscape16x9_filesize\` numeric,
  	\`sizes_landscape16x9_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide235_sizes_wide235_filename_idx\` ON \`media\` (\`sizes_wide235_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_square_sizes_square_filename_idx\` ON \`media\` (\`sizes_square_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_portrait3x4_sizes_portrait3x4_filename_idx\` ON \`media\` (\`sizes_portrait3x4_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_vertical9x16_sizes_vertical9x16_filename_idx\` ON \`media\` (\`sizes_vertical9x16_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_landscape4x3_sizes_landscape4x3_filename_idx\` ON \`media\` (\`sizes_landscape4x3_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_landscape16x9_sizes_landscape16x9_filename_idx\` ON \`media\` (\`sizes_landscape16x9_filename\`);`)
  await db.run(sql`CREATE TABLE \`brands\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`category\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`brands_name_idx\` ON \`brands\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`brands_updated_at_idx\` ON \`brands\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`brands_created_at_idx\` ON \`brands\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`brands_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_texts_order_parent\` ON \`brands_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`products_verticals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`products_verticals_order_idx\` ON \`products_verticals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`products_verticals_parent_idx\` ON \`products_verticals\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`products\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`sku\` text NOT NULL,
  	\`brand_id\` integer NOT NULL,
  	\`category\` text NOT NULL,
  	\`price_yuan\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`products_sku_idx\` ON \`products\` (\`sku\`);`)
  await db.run(sql`CREATE INDEX \`products_brand_idx\` ON \`products\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`products_updated_at_idx\` ON \`products\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`products_created_at_idx\` ON \`products\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`personas_city_tiers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`personas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`personas_city_tiers_order_idx\` ON \`personas_city_tiers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`personas_city_tiers_parent_idx\` ON \`personas_city_tiers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`personas_interests\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`personas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`personas_interests_order_idx\` ON \`personas_interests\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`personas_interests_parent_idx\` ON \`personas_interests\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`personas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`gender\` text DEFAULT 'any' NOT NULL,
  	\`age_min\` numeric NOT NULL,
  	\`age_max\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`personas_updated_at_idx\` ON \`personas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`personas_created_at_idx\` ON \`personas\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer,
  	\`actor\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_title\` text,
  	\`variant_id\` text,
  	\`format\` text,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`reason\` text,
  	\`overridden_issues\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`content_assets_id\` integer REFERENCES content_assets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`brands_id\` integer REFERENCES brands(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`products_id\` integer REFERENCES products(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`personas_id\` integer REFERENCES personas(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`content_assets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brands_id_idx\` ON \`payload_locked_documents_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_personas_id_idx\` ON \`payload_locked_documents_rels\` (\`personas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`content_assets_variants_mentions\`;`)
  await db.run(sql`DROP TABLE \`content_assets_variants\`;`)
  await db.run(sql`DROP TABLE \`content_assets\`;`)
  await db.run(sql`DROP TABLE \`content_assets_texts\`;`)
  await db.run(sql`DROP TABLE \`content_assets_rels\`;`)
  await db.run(sql`DROP TABLE \`_content_assets_v_version_variants_mentions\`;`)
  await db.run(sql`DROP TABLE \`_content_assets_v_version_variants\`;`)
  await db.run(sql`DROP TABLE \`_content_assets_v\`;`)
  await db.run(sql`DROP TABLE \`_content_assets_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_content_assets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`brands\`;`)
  await db.run(sql`DROP TABLE \`brands_texts\`;`)
  await db.run(sql`DROP TABLE \`products_verticals\`;`)
  await db.run(sql`DROP TABLE \`products\`;`)
  await db.run(sql`DROP TABLE \`personas_city_tiers\`;`)
  await db.run(sql`DROP TABLE \`personas_interests\`;`)
  await db.run(sql`DROP TABLE \`personas\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
