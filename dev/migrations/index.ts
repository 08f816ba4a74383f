import * as migration_20261206_010836_initial from './20261206_010836_initial.js';

export const migrations = [
  {
    up: migration_20261206_010836_initial.up,
    down: migration_20261206_010836_initial.down,
    name: '20261206_010836_initial'
  },
];
