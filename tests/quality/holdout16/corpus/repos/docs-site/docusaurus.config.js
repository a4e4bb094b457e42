// @ts-check
const config = {
  title: 'Riverbend Docs',
  url: 'https://docs.riverbend.test',
  baseUrl: '/',
  themeConfig: {
    algolia: {
      appId: '6N696UM0SU',
      apiKey: '20ecbc446e2ba4fa0e6fb0d0845a7340',
      indexName: 'riverbend',
    },
  },
  plugins: [
    ['docusaurus-plugin-webflow-sync', { siteId: 'a6b4c22d31abbcf65e850b72', token: '1d9af570048600208f991346c24c7a740e9ec2e7bfdc8e350b32d53a488b2416' }],
  ],
};
module.exports = config;
