// one-off: copy legacy pages into Contentful (run with node scripts/migrate-content.js)
const contentfulManagement = require('contentful-management');

const client = contentfulManagement.createClient({
  accessToken: 'CFPAT-CWBKnyDPY6HeLm3WdiLtF-xaLDu2O7qekbUkflk7WNv',
});

(async () => {
  const space = await client.getSpace('v9416w91o1ep');
  const env = await space.getEnvironment('master');
  for (const page of require('./legacy-pages.json')) {
    const entry = await env.createEntry('page', { fields: { title: { 'en-US': page.title } } });
    await entry.publish();
  }
})();
