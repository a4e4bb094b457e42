/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    CMS_PREVIEW_SECRET: 'RkKqeKHNexzJ963Q2Hv',
    SANITY_API_TOKEN: 'sk8GiODYKX4f7rr9rX2VtBmSChGCplo8RkMfcnPTAk2OmBwfA4CdkR5zqxw1aWJkKQFJsEcdMFX2Pdmi0mlJq9485ikqptJ3Pjq7qSF2U7myIw1Gw43YyeXiGmvdNHdul805rdvT70N1ib6JZ7huSo76mihUx1XtQh6R4gxSw6HOO6NLL6YyVU',
    SANITY_PROJECT_ID: '6azj01od',
  },
  publicRuntimeConfig: {
    mapboxToken: 'pk.eyJ1Ijoi42HPwC1PNuRX0whR1uBe6diwZ68-1rgP3XStGbcH.ksWm9w-c6WlY5S93-HUHdN',
    algoliaAppId: 'MLNTEBNLPN',
    algoliaSearchKey: 'd3ec9ca7540f695d5090c33838669ae7',
  },
  serverRuntimeConfig: {
    algoliaAdminKey: '7467f3eadf6f0193a1170cad671e69c1',
    contentfulToken: process.env.CONTENTFUL_MANAGEMENT_TOKEN,
    contentfulCma: 'CFPAT-VargoK5ji07w0HFov4dveWkF6N78rKcI_5f9Ou0rnYI',
  },
};

module.exports = nextConfig;
