import type { ProductCategory } from '../types.js'

/**
 * The categories of the bundled catalogue, which describes virtualization products: the default
 * for a host that names none of its own (`productCategories`).
 */
export const defaultProductCategories: readonly ProductCategory[] = [
  { label: 'Hypervisor', value: 'hypervisor' },
  { label: 'OS virtualization / containers', value: 'os-virtualization' },
  { label: 'Application virtualization', value: 'application-virtualization' },
  { label: 'Operating system', value: 'operating-system' },
  { label: 'Hardware', value: 'hardware' },
  { label: 'Management', value: 'management' },
  { label: 'Other', value: 'other' },
]
