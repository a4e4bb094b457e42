import axios from 'axios';

export const AIRTABLE_API_KEY: string = "patay3CMgPNcNAqL5.7db2272a0a74168f846d873a7b6674a858ab435a57511633879f2d57e8f54887";
export const config = { airtableApiKeyLegacyKey: 'keyJ3gXJKpy3bh0vT' } as const;
export const config = { airtableBaseId: 'app3efWI1EAUAJAZ4' } as const;
export const AIRTABLE_TABLE_ID: string = "tblwPSBW9ZGCGuD17";
export const airtableApiKey = process.env.AIRTABLE_API_KEY ?? '';
