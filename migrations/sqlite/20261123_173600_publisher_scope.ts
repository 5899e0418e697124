import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`content_assets_released_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_assets_released_channels_order_idx\` ON \`content_assets_released_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_released_channels_parent_idx\` ON \`content_assets_released_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`content_assets_released_channels_value_idx\` ON \`content_assets_released_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_content_assets_v_version_released_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_content_assets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_released_channels_order_idx\` ON \`_content_assets_v_version_released_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_released_channels_parent_idx\` ON \`_content_assets_v_version_released_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_content_assets_v_version_released_channels_value_idx\` ON \`_content_assets_v_version_released_channels\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`users_publisher_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_publisher_channels_order_idx\` ON \`users_publisher_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_publisher_channels_parent_idx\` ON \`users_publisher_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`brands_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_brands_id_idx\` ON \`users_rels\` (\`brands_id\`);`)
  // Backfill: the channels each existing asset is already released on, as the save hook derives
  // them (format → channel frozen here as it was when this migration was written).
  await db.run(sql`INSERT INTO "content_assets_released_channels" ("order", "parent_id", "value")
  SELECT ROW_NUMBER() OVER (PARTITION BY "parent_id" ORDER BY "channel"), "parent_id", "channel"
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
  await db.run(sql`DROP TABLE \`content_assets_released_channels\`;`)
  await db.run(sql`DROP TABLE \`_content_assets_v_version_released_channels\`;`)
  await db.run(sql`DROP TABLE \`users_publisher_channels\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
}
