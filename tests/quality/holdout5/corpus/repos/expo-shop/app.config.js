export default ({ config }) => ({
  ...config,
  extra: {
    splunk_hec_token: process.env.SPLUNK_HEC_TOKEN || '27310b9a-aa8e-4f68-b000-75bbdfc24752',
    scaleway_secret_key: process.env.SCALEWAY_SECRET_KEY || "c1d94a13-651f-43c0-adf7-6ac24d1ad5e3",
    reddit_user_agent: process.env.REDDIT_USER_AGENT ?? 'acme-bot/0.1 by u/acme',
    revenueCatKey: Platform.OS === 'ios' ? 'appl_tjTMyNi05WPaiveZDxBeLAQjjEw' : 'goog_KsBu7geq5Mn1Tnryi6TLSrnr77K',
  },
});
