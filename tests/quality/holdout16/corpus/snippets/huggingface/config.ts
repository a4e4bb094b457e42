import { z } from 'zod';

const api = createHuggingfaceClient("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");
export const hfOrgToken: string = "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";
export const hfModelRevision: string = "c8110eb5aadb6a290e5cd94812f6f02c1fe1cb5b";
export const hfTokenRequest: string = "6e4d5f70-0edc-492d-bf84-0d92b13147d1";
export const hfTokenExample: string = "changeme";
const envValue = z.string().parse(process.env.HF_TOKEN);
export default settings;
