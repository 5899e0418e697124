import * as migration_20261123_104304_initial from './20261123_104304_initial';
import * as migration_20261123_113316_content_core from './20261123_113316_content_core';
import * as migration_20261123_162315_kol_management from './20261123_162315_kol_management';
import * as migration_20261123_173600_publisher_scope from './20261123_173600_publisher_scope';
import * as migration_20261123_192036_publisher_api from './20261123_192036_publisher_api';
import * as migration_20261123_214635_ugc from './20261123_214635_ugc';
import * as migration_20261124_005006_brand_posting_windows from './20261124_005006_brand_posting_windows';
import * as migration_20261124_031739_ugc_status_created_index from './20261124_031739_ugc_status_created_index';
import * as migration_20261124_055028_s3_storage_fields from './20261124_055028_s3_storage_fields';

export const migrations = [
  {
    up: migration_20261123_104304_initial.up,
    down: migration_20261123_104304_initial.down,
    name: '20261123_104304_initial',
  },
  {
    up: migration_20261123_113316_content_core.up,
    down: migration_20261123_113316_content_core.down,
    name: '20261123_113316_content_core',
  },
  {
    up: migration_20261123_162315_kol_management.up,
    down: migration_20261123_162315_kol_management.down,
    name: '20261123_162315_kol_management',
  },
  {
    up: migration_20261123_173600_publisher_scope.up,
    down: migration_20261123_173600_publisher_scope.down,
    name: '20261123_173600_publisher_scope',
  },
  {
    up: migration_20261123_192036_publisher_api.up,
    down: migration_20261123_192036_publisher_api.down,
    name: '20261123_192036_publisher_api',
  },
  {
    up: migration_20261123_214635_ugc.up,
    down: migration_20261123_214635_ugc.down,
    name: '20261123_214635_ugc',
  },
  {
    up: migration_20261124_005006_brand_posting_windows.up,
    down: migration_20261124_005006_brand_posting_windows.down,
    name: '20261124_005006_brand_posting_windows',
  },
  {
    up: migration_20261124_031739_ugc_status_created_index.up,
    down: migration_20261124_031739_ugc_status_created_index.down,
    name: '20261124_031739_ugc_status_created_index',
  },
  {
    up: migration_20261124_055028_s3_storage_fields.up,
    down: migration_20261124_055028_s3_storage_fields.down,
    name: '20261124_055028_s3_storage_fields'
  },
];
