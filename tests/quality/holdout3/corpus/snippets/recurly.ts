import axios from 'axios';

export const RECURLY_API_KEY: string = "876e229698ab2f0e9cc80f5a74cc812a";
export const RECURLY_SUBDOMAIN: string = "acme-billing";
export const recurlyApiKey = process.env.RECURLY_API_KEY ?? '';
export const config = { recurlyApiKey: '<RECURLY_API_KEY>' } as const;
