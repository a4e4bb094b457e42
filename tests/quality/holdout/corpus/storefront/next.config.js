/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_STRIPE_KEY: 'pk_live_51YRaykpHiUhOEK2znT9vWSEKeRwV00dQf1Qy2s9wBTD84t0bV2rAykiU8oMDeiYbJfxjQSZz1JtArmAn4KYCippBUXPttKmADG',
    NEXT_PUBLIC_POSTHOG_KEY: 'phc_cmvYcXWyEcTdMTzjUQ7GbwuJDIdJFMqqPWKqp2u5JYf',
    NEXT_PUBLIC_GA_ID: 'G-GOYS6ECSOD',
    CONTENTFUL_TOKEN: process.env.CONTENTFUL_TOKEN || 'CFPAT-f5-v-2udagtG0QDQUYwXHUjv0XF_Rb_y6pD9yIekNzW',
  },
  images: { domains: ['images.ctfassets.net'] },
};

module.exports = nextConfig;
