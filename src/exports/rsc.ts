/** Server components for the admin, referenced from the config as `@newsroom/payload-plugin/rsc#…`. */
export { EventOverview } from '../components/EventOverview.js'
export { NewsroomDashboard } from '../components/NewsroomDashboard.js'
export { PostProvenance } from '../components/PostProvenance.js'
export { ProductMentions } from '../components/ProductMentions.js'
