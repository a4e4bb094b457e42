// server-only module: never imported from +page.svelte
export const KLAVIYO_PRIVATE = 'pk_e3fcdf02280c162270953caf348b9f0506';
export const KLAVIYO_PUBLIC = 'QX0CWU';
export const CONVERTKIT_SECRET = 'pnwPQjNSVc2q5uv0fv4nehmfjGvdTK0uZPOBEOBKwfv';
