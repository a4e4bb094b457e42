// adobe credentials (fake values)
export const config = {
  adobeClientSecret: "p8e-D9jJBAciI05FhfwKVqlUr5Qrec8TNecj",
} as const;
enum Secrets {
  AdobeClientSecret2 = "p8e-9iNOrjj5VfqRTk8j1d_bWWbjkloG1QX6",
}
export const config = {
  adobeClientId: "ee2092f073ff80b9465aef7ac86d66c7",
} as const;
export const config = {
  adobeClientSecretMasked: "p8e-D9...Necj",
} as const;
const key: string = process.env.ADOBE_CLIENT_SECRET ?? '';
