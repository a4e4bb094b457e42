import axios from 'axios';

export const VONAGE_API_SECRET: string = "A1u1uKOUPRCltUr7";
export const config = { vonageKeyId: 'e74effbb' } as const;
export const vonageApiSecret = process.env.VONAGE_API_SECRET ?? '';
export const VONAGE_API_SECRET: string = "REPLACE_WITH_VONAGE_KEY";
