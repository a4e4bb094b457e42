// @ts-check
const {themes: prismThemes} = require('prism-react-renderer');

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Acme Docs',
  url: 'https://docs.acme.example',
  baseUrl: '/',
  customFields: {
    posthogKey: 'phc_jDfC5GWZKYm9ZhW3mvLrXez53v7kBtkfFZIHATKi8iN',
    feedbackWebhook: 'https://discord.com/api/webhooks/572092195337230697/L1HZaCim11x7SXnfVeheDj6wmXrnKlbKi8PtVWxlK1SmQo6e4PDs8x2J0bSksxuNXwwS',
  },
  plugins: [
    ['docusaurus-plugin-sentry', {DSN: 'https://f46470a9297468b55029c595b264cb43@o758186.ingest.de.sentry.io/1670645', authToken: 'sntrys_eyJpYXQiOjE3NjQwMDAwMDAuMSwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8iLCJyZWdpb25fdXJsIjoiaHR0cHM6Ly9kZS5zZW50cnkuaW8iLCJvcmciOiJhY21lIn0_MskB8pmKpPShBeuntrhUA4-vUwGcFR4sFpXRJLBB9Fy'}],
  ],
  themeConfig: {
    algolia: {
      appId: 'GVKRLAAX4Q',
      apiKey: '5e82241feea17348fc1bc42d32f5d93d',
      indexName: 'acme-docs',
    },
  },
};

module.exports = config;
