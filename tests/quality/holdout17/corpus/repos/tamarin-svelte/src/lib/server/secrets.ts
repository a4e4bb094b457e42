// server-only module: never imported from +page.svelte
export const KLAVIYO_PRIVATE = 'pk_7e6422d0d23e7bd03602bc3d8dc6730711';
export const KLAVIYO_PUBLIC = '8KEPA0';
export const CONVERTKIT_SECRET = 'yoIkx0MWQpifZvBKt1DO0yiNz3itm8yp23wfzzHMDyY';
