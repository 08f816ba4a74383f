import { freshnessSuite } from './suite.js'

// Without the validator, B hashes each body: the same changes must still reach readers.
freshnessSuite('off')
