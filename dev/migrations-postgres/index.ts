import * as migration_20261206_010827_initial from './20261206_010827_initial.js';

export const migrations = [
  {
    up: migration_20261206_010827_initial.up,
    down: migration_20261206_010827_initial.down,
    name: '20261206_010827_initial'
  },
];
