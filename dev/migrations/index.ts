import * as migration_20261129_225757_initial from './20261129_225757_initial.js';

export const migrations = [
  {
    up: migration_20261129_225757_initial.up,
    down: migration_20261129_225757_initial.down,
    name: '20261129_225757_initial'
  },
];
