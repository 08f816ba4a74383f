import * as migration_20261206_043011_initial from './20261206_043011_initial.js';

export const migrations = [
  {
    up: migration_20261206_043011_initial.up,
    down: migration_20261206_043011_initial.down,
    name: '20261206_043011_initial'
  },
];
