import * as migration_20261130_023108_initial from './20261130_023108_initial.js';

export const migrations = [
  {
    up: migration_20261130_023108_initial.up,
    down: migration_20261130_023108_initial.down,
    name: '20261130_023108_initial'
  },
];
