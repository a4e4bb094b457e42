Mailgun.configure do |config|
  config.api_key = 'key-47c0a2311977e38e6c2948d3f196b037'
end

ShopifyAPI::Context.setup(
  api_key: ENV['SHOPIFY_API_KEY'],
  api_secret_key: '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',
  host: 'https://shop.acme.example',
  scope: 'read_orders,write_products',
  is_embedded: false,
  api_version: '2024-10',
  is_private: true,
  private_app_access_token: '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'
)

Rollbar.configure { |c| c.access_token = ENV['ROLLBAR_TOKEN'] }
Sentry.init { |c| c.dsn = 'https://0b73c9b3a0cd817f3c6856fe72f87a3d@o48815511.ingest.sentry.io/99852230' }
