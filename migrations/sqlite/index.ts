import * as migration_20261123_104304_initial from './20261123_104304_initial';

export const migrations = [
  {
    up: migration_20261123_104304_initial.up,
    down: migration_20261123_104304_initial.down,
    name: '20261123_104304_initial'
  },
];
