import * as migration_20261206_043001_initial from './20261206_043001_initial.js';

export const migrations = [
  {
    up: migration_20261206_043001_initial.up,
    down: migration_20261206_043001_initial.down,
    name: '20261206_043001_initial'
  },
];
