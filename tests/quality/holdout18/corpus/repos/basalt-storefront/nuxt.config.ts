export default defineNuxtConfig({
  runtimeConfig: {
    shopifyAdminToken: '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',
    algoliaAdminKey: 'c71f0dda0bc6605d754ab10d47521e20',
    public: {
      algoliaAppId: 'EPBSH9HCLU',
      stripeKey: 'pk_live_51bae8Ll65Tkkf63nnNbo6qTBzSEHYd8qWWwbZ9ZrWlR19Yy4qxGrCcqKxgvKCVkrB1Vih9a8cgskZ2f14lp60PdN4cfE28Tre',
    },
  },
})
