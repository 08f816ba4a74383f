import * as migration_20261129_221303_initial from './20261129_221303_initial.js';

export const migrations = [
  {
    up: migration_20261129_221303_initial.up,
    down: migration_20261129_221303_initial.down,
    name: '20261129_221303_initial'
  },
];
