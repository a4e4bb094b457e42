app:
  inngest_signing_key: 'signkey-prod-2cb8a564148975f99d62bc014495e6a33d3cee2d6ea3d16d4c8c1982bf83d95d'
  inngest:
    key: '8fwX-bjcc1lOsCXbVn752-IDK2FIbVP2w7i-bEoQaNakuOvWdyxmxxa4s3sPeZb0ESGrwR7jfnarP1_Qn78JO_'
  inngest_app_id: 'billing-worker'
  inngest_signing_key_masked: 'sign************d95d'
  inngest_signing_key_example: 'YOUR_INNGEST_SIGNING_KEY_HERE'
  from_env: {{ salt['environ.get']('INNGEST_SIGNING_KEY') }}
