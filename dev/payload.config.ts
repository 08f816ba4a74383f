import { buildConfig } from 'payload'

import { createDevConfig } from './config.js'

export default buildConfig(createDevConfig())
