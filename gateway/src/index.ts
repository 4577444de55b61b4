export { createGateway, withSubgraphUrls, type GatewayOptions } from './gateway';
