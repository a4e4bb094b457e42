import axios from 'axios';

export const config = { newRelicApiKey: 'NRAK-CF0UO5UZWS3NHVRH3XBVON4MTJB' } as const;
axios.defaults.headers.common['Authorization'] = 'Bearer 857a4890c6efed242662f753db1223d43388NRAL';
export const NEW_RELIC_INSERT_KEY: string = "NRII-3Zu3ar4D2HFNY4Ot5gpPUmaGNJKbMCUK";
export const NEWRELIC_BROWSER_KEY: string = "NRJS-87e9420160bb35cc8ca";
export const config = { newrelicAccountId: '9375582' } as const;
export const newRelicApiKey = process.env.NEW_RELIC_API_KEY ?? '';
