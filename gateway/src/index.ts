export { createGateway, withSubgraphUrls, type GatewayOptions } from './gateway';
export { QUERY_LIMITS } from './limits';
export { loadDocumentManifests } from './trusted-documents';
export { limitBodies } from './http';
export { PARTNER_FIELDS, partnerFieldsMarkdown } from './partner-policy';
