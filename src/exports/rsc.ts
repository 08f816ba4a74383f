/** Server components for the admin, referenced from the config as `@newsroom/payload-plugin/rsc#…`. */
import { clientBoundary } from '../components/clientBoundary.js'
import { ImportProgress as ImportProgressClient } from '../components/ImportProgress.js'
import { MentionRowLabel as MentionRowLabelClient } from '../components/MentionRowLabel.js'

export { EventOverview } from '../components/EventOverview.js'
export { NewsroomDashboard } from '../components/NewsroomDashboard.js'
export { PostProvenance } from '../components/PostProvenance.js'
export { ProductMentions } from '../components/ProductMentions.js'

// The client components, behind a server boundary that passes on only their own props.
export const ImportProgress = clientBoundary(ImportProgressClient, [])
export const MentionRowLabel = clientBoundary(MentionRowLabelClient, ['productsSlug'])
