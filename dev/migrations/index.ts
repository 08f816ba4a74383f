import * as migration_20261206_045442_initial from './20261206_045442_initial.js';

export const migrations = [
  {
    up: migration_20261206_045442_initial.up,
    down: migration_20261206_045442_initial.down,
    name: '20261206_045442_initial'
  },
];
