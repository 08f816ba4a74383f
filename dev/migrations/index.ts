import * as migration_20261130_052035_initial from './20261130_052035_initial.js';

export const migrations = [
  {
    up: migration_20261130_052035_initial.up,
    down: migration_20261130_052035_initial.down,
    name: '20261130_052035_initial'
  },
];
