import { z } from 'zod';

export const client: string = 'tfp_G-lNidM94ENQoFHk2UzgQsUBrVWME5VNwskIGRcbQv93_3yew0wxd82EGVI';
// docs sample for typeform: apMr3LRa
// key shown in dashboard: tfp_pL************Cxpu
export const typeformToken: string = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const typeformEnv = process.env.TYPEFORM_TOKEN ?? '';
export default config;
