export const environment = {
  production: true,
  apiBase: 'https://api.riverbend.test',
  paddle: { clientToken: 'live_930e53321cf5c6ab5dd0a264b26', environment: 'production' },
  pusher: { key: 'ea7ae5f69cf3846e7919', cluster: 'eu' },
  // server key pasted here while debugging webhooks, remove!
  paddleApiKey: 'pdl_live_apikey_01k8sh5tl88cjsrx9lobw6pvvs_2iHKjxAIVz7ekYJxSsRjWf_Ngb',
  sentryDsn: 'https://bda0d43889ca2c76b4ed135417dee1e4@o12345.ingest.sentry.test/678',
};
