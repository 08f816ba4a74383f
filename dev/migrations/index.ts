import * as migration_20261206_055906_initial from './20261206_055906_initial.js';

export const migrations = [
  {
    up: migration_20261206_055906_initial.up,
    down: migration_20261206_055906_initial.down,
    name: '20261206_055906_initial'
  },
];
