const contentful = require('contentful');

module.exports = function (eleventyConfig) {
  const client = contentful.createClient({
    space: 't0a6so7bkmwe',
    accessToken: '07RZedqIcPyGf2_DNqZVh3TvO-dg-T37vT-9gUhrBws',
  });
  eleventyConfig.addGlobalData('posts', async () => (await client.getEntries({ content_type: 'post' })).items);
  eleventyConfig.addPassthroughCopy('assets');
  return { dir: { input: 'src', output: '_site' } };
};
