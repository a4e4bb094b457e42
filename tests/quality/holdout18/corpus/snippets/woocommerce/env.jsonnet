{
  woocommerce: { secret: 'ck_dc8612109399585d28c7b3d7b934f0c35868201c' },
  wc_consumer_secret: 'cs_e34ad7846c2d829b137478f12673cf99daa86af5',
  wc_store_url: 'https://shop.birchline.example',
  wc_consumer_key_truncated: 'ck_dc86121...',
  wc_consumer_key_example: '{{ secrets.WC_CONSUMER_KEY }}',
  wc_consumer_key_ref: std.extVar('WC_CONSUMER_KEY'),
}
