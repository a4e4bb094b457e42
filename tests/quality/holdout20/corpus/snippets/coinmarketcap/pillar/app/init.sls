app:
  coinmarketcap:
    key: '451a6e4f-ca11-4740-87ef-89260d4d4e3c'
  cmc_docs_sandbox_key: 'b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c'
  cmc_pro_api_key_truncated: '451a6e4f-c...'
  cmc_pro_api_key_example: '${CMC_PRO_API_KEY}'
  from_env: {{ salt['environ.get']('CMC_PRO_API_KEY') }}
