import { z } from 'zod';

export const pinataApiSecret: string = "755cb24064d289daac6a7e00b0edd2477051587bf1f47afdba79d0d06d406403";
export const pinataApiKeyId: string = "67c80e1a9aa771948ab3";
export const pinataApiSecretSha256: string = "65e961217974f6cdcc0454d05dd0c2e806df3939902e81e73dfc44730a73ced8";
export const pinataApiSecretExample: string = "xxxxxxxxxxxxxxxxxxxxxxxx";
const envValue = z.string().parse(process.env.PINATA_API_SECRET);
export default settings;
