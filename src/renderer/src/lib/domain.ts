/** The domain types the UI shows, re-exported from the shared contract (types only: no zod in the bundle). */
export type {
  CrmField,
  Delivery,
  DetectedField,
  DistributionRule,
  Lead,
  LeadDefaults,
  MappingTarget,
  Platform,
  Problem,
  Settings,
  TeamMember,
  TunnelSession,
  TunnelStatus,
  TunnelUrlChange,
  Webhook,
} from '../../../shared/domain'
export type { MappingRow } from '../../../shared/contract'
