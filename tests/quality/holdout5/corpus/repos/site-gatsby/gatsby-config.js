module.exports = {
  plugins: [
    { resolve: 'gatsby-source-contentful', options: { spaceId: '6uodi81z0cll', accessToken: process.env.CONTENTFUL_TOKEN } },
    { resolve: 'gatsby-source-shopify', options: { storeUrl: 'acme-goods.myshopify.com', password: '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' } },
    { resolve: 'gatsby-source-sanity', options: { projectId: 'dwi7nqk1', dataset: 'production', token: 'sk9hGKWonUiddh0xf0f4EJuxxP1F2JZQVhcDDRqipsxcbystEK4j1TU6nTQXeT3eH1wiJ4SnWssq1PQjhhRTmyiMKarOJLFC8zVKVbvqqbUKp0zS5519FX5CY7rzCLCie3CMwBKdJgGFMuA3V2zNDzGR9IBs0Hg0HQKSI6zCB34g61MlyvIFls' } },
    { resolve: 'gatsby-plugin-mailchimp', options: { endpoint: 'https://acme.us6.list-manage.com/subscribe/post?u=d1f8850ea73e4dd221dbda31f&amp;id=6685d2387c' } },
  ],
};
