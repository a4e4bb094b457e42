export default defineNuxtConfig({
  runtimeConfig: {
    shopifyAdminToken: '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',
    algoliaAdminKey: 'e7fa28a3233ff829e8f8c6afee0d84c6',
    public: {
      algoliaAppId: 'W7TJ9ZTVRF',
      stripeKey: 'pk_live_51p6gYE2lZkr6odz3uYPBHdNOLe6r0XTHiQkI7InMz4AL2eyoFtlfl0urftno4JsjNcifn6NQBAxBMepLRBIKdA7xnHDGC5skw',
    },
  },
})
