export default defineNuxtConfig({
  runtimeConfig: {
    checkoutSecret: 'sk_sbox_dn6hf4w1bxnt1feu0ln3wkphb4',
    chargebeeKey: process.env.CHARGEBEE_KEY || 'live_0bLFfNFkemWpqs4j02BcFlOQ2QMHoofFO9',
    public: {
      checkoutPublicKey: 'pk_sbox_yavi2evwsy0tq6xk4vqytdz7lw',
      klaviyoSiteId: 'VGWVEK',
    },
  },
  modules: ['@nuxt/image'],
})
