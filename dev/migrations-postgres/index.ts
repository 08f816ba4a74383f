import * as migration_20261206_045423_initial from './20261206_045423_initial.js';

export const migrations = [
  {
    up: migration_20261206_045423_initial.up,
    down: migration_20261206_045423_initial.down,
    name: '20261206_045423_initial'
  },
];
