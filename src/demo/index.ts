/** The deterministic demo network: what `commons demo` and `commons start` create. */
export { createDemoNetwork, findDemoLogins, hasNetwork, deleteAllNetworkData, DEMO_PASSWORD } from './demo-network.ts';
export type { DemoLogin, DemoNetworkOptions, DemoNetworkResult } from './demo-network.ts';
export { bulkInsert } from './bulk-insert.ts';
