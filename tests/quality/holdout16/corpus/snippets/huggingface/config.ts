import { z } from 'zod';

const api = createHuggingfaceClient("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");
export const hfOrgToken: string = "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";
export const hfModelRevision: string = "10eb5aadb6a290e5cd94812f6f02c1fe1cb5b6e4";
export const hfTokenRequest: string = "d5f700ed-c692-41f8-80d9-2b13147d1d90";
export const hfTokenExample: string = "changeme";
const envValue = z.string().parse(process.env.HF_TOKEN);
export default settings;
