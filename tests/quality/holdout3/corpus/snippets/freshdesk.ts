import axios from 'axios';

export const config = { freshdeskApiKey: 'hZP96aEBI0PYxgyr4sqg' } as const;
export const config = { freshdeskDomain: 'acme.freshdesk.com' } as const;
export const freshdeskApiKey = process.env.FRESHDESK_API_KEY ?? '';
export const FRESHDESK_API_KEY: string = "REPLACE_WITH_FRESHDESK_KEY";
