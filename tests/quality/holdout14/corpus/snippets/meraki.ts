import { z } from 'zod';

const config = { integrations: { meraki: '88fddf9de627b53000db081584c4ba3bbabc0a71' } } as const;
// docs sample for meraki: 450931
// key shown in dashboard: be35ed************bc22
export const merakiDashboardApiKey: string = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const merakiDashboardEnv = process.env.MERAKI_DASHBOARD_API_KEY ?? '';
export default config;
