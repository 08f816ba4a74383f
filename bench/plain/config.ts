import { buildConfig } from 'payload'

import { plainConfig } from './plainConfig.js'

export default plainConfig().then(buildConfig)
