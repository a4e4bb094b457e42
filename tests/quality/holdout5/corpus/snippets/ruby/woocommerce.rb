
CREDS = { wc_consumer_secret: 'cs_cf03f5cf0ec095c92bfd1a78941043956893a42a' }.freeze
KEYS = %w[cs_9d1cd9769cc81bcf39d20f4158b82d86ed405d93 primary]
WC_CONSUMER_KEY = 'ck_0427d0e1b00b1dd7d92dcae4ca95acd510bd9492'
WC_STORE_URL = 'https://shop.acme.example'
WC_API_KEY = ENV.fetch('WC_API_KEY')
