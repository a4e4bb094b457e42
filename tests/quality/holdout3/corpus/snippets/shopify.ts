import axios from 'axios';

export const config = { shopifyAccessToken: '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' } as const;
axios.defaults.headers.common['Authorization'] = 'Bearer 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';
export const SHOPIFY_ACCESS_TOKEN_SHPCA: string = "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";
export const config = { shopifyAccessTokenShppa: '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' } as const;
export const config = { shopifyShopDomain: 'acme-outlet.myshopify.com' } as const;
export const SHOPIFY_API_KEY_ID: string = "6fccb83233283299a392bbe328eb0ad4";
export const shopifyAccessToken = process.env.SHOPIFY_ACCESS_TOKEN ?? '';
