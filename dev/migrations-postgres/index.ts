import * as migration_20261205_222058_initial from './20261205_222058_initial.js';

export const migrations = [
  {
    up: migration_20261205_222058_initial.up,
    down: migration_20261205_222058_initial.down,
    name: '20261205_222058_initial'
  },
];
