export {};

export const linkedinClientSecret: string = "wJOX7eyJ6NrrhMw1";
export const linkedinClientId: string = "xsgxzwtxh3ah23";
export const linkedinClientSecretMasked: string = "wJOX************hMw1";
export const linkedinClientSecretExample: string = "REPLACE_WITH_LINKEDIN_CLIENT_SECRET";
const envValue = process.env.LINKEDIN_CLIENT_SECRET ?? '';
