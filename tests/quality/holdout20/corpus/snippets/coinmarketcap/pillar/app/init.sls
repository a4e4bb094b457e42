app:
  coinmarketcap:
    key: 'cbac4c54-db4f-495f-bb4d-06f66306ff8b'
  cmc_docs_sandbox_key: 'b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c'
  cmc_pro_api_key_truncated: 'cbac4c54-d...'
  cmc_pro_api_key_example: '${CMC_PRO_API_KEY}'
  from_env: {{ salt['environ.get']('CMC_PRO_API_KEY') }}
