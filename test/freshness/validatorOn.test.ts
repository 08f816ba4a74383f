import { freshnessSuite } from './suite.js'

freshnessSuite('on')
