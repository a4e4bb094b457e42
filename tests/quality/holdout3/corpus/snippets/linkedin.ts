import axios from 'axios';

export const LINKEDIN_CLIENT_SECRET: string = "D9o7E4QSq81hN29Z";
export const config = { linkedinClientId: 'ywv5btwwg9tptu' } as const;
export const linkedinClientSecret = process.env.LINKEDIN_CLIENT_SECRET ?? '';
export const LINKEDIN_CLIENT_SECRET: string = "your-LINKEDIN-api-key";
