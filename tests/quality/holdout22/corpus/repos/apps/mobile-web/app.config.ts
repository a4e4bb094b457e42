export default {
  name: "Larch",
  slug: "larch",
  extra: {
    eas: { projectId: "7c6fa00d-c28a-45e8-aac1-4fc6d6e8e5e1" },
    posthogKey: "phc_EusIvayrhZ0HoNT5ZaASedNLmehc83XM8IayTRmcmlC",
    sentryDsn: "https://7bdeb09c08134329787446af374ea753@o703507.ingest.sentry.io/8315418",
    revenuecatPublicKey: "appl_l7zMKTyfeZbdnAf0Meor1qPvwvr",
    algoliaAppId: "SGDE6S65QR",
    algoliaSearchKey: "f8bcef4f3a5cb16c780cdfc00957f422",
  },
  ios: { bundleIdentifier: "dev.larchwood.app", config: { usesNonExemptEncryption: false } },
};
