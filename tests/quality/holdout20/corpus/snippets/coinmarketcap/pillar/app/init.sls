app:
  coinmarketcap:
    key: '3b52ef99-88a9-4570-85f1-0e554cfa6edf'
  cmc_docs_sandbox_key: 'b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c'
  cmc_pro_api_key_truncated: '3b52ef99-8...'
  cmc_pro_api_key_example: '${CMC_PRO_API_KEY}'
  from_env: {{ salt['environ.get']('CMC_PRO_API_KEY') }}
