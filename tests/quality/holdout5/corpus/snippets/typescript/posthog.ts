import axios from 'axios';

axios.defaults.headers.common['Authorization'] = `Bearer phx_ZCDVmnpxV2NzSFkLhCuah037HBhjdUK008A04oKnDF2QWxQ`;
export const posthogFeatureFlagsSecureApiKey: string = 'phs_fNwzninfDdn41CLVTGTUoya4ViZdHM1CBw2GaBATOTcts1J';
const posthogKey = 'phc_iNPWE193cixIUk2ULbnaRStOndhnjzSh8xWHf9PV1cA';
const posthogHost = 'https://eu.i.posthog.com';
const posthogApiKey = process.env.POSTHOG_API_KEY!;
