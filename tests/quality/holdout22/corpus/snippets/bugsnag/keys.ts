export const BUGSNAG_API_KEY = "ac97032291988365c476dc6903e5f61f";
export const providers = {
  bugsnag: {
    key: "0d3fc788-8412-4a36-a68d-bec5b766903b",
  },
} as const;
export const BUGSNAG_PROJECT_ID = "487b0712507c19c35c891801";
export const BUGSNAG_API_KEY_SHA256 = "8d79a8df0ce9cdf7ec154e3b5cc905be0899fcbdc464d8af05b88085a6c8e571";
export const BUGSNAG_API_KEY_EXAMPLE = "$(BUGSNAG_API_KEY)";
export const fromEnv = process.env.BUGSNAG_API_KEY ?? "";
