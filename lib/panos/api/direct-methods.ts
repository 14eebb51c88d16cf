// The web UI's own RPC methods (MonitorDirect, reference section 4) that the main-world bridge
// may call for us: read-only ones, nothing that changes the configuration.

export const ALLOWED_DIRECT_METHODS = [
  'MonitorDirect.enqueueRelatedLogRequest',
  'MonitorDirect.pollLogRequest',
  'MonitorDirect.retrieveJSONLog',
  'MonitorDirect.getThreatExceptionProfiles',
  'MonitorDirect.getThreatDetail',
] as const;
export type DirectMethod = (typeof ALLOWED_DIRECT_METHODS)[number];
