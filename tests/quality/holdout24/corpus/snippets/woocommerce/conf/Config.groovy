integrations {
    woocommerce { endpoint = 'https://api.woocommerce.example'; value = 'cs_eb3c216422a72cc882c1c22d023f5b888ce2e700' }
    wcStoreUrl = 'https://shop.fernquay.example'
    wcConsumerSecretTruncated = 'cs_eb3c216...'
    wcConsumerSecretExample = '${WC_CONSUMER_SECRET}'
    fromEnv = System.getenv('WC_CONSUMER_SECRET')
}
