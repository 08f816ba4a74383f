import * as migration_20261205_221453_initial from './20261205_221453_initial.js';

export const migrations = [
  {
    up: migration_20261205_221453_initial.up,
    down: migration_20261205_221453_initial.down,
    name: '20261205_221453_initial'
  },
];
