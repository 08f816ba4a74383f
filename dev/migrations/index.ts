import * as migration_20261129_231546_initial from './20261129_231546_initial.js';

export const migrations = [
  {
    up: migration_20261129_231546_initial.up,
    down: migration_20261129_231546_initial.down,
    name: '20261129_231546_initial'
  },
];
