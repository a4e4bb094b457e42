app:
  inngest_signing_key: 'signkey-prod-d468b312b4b9958764f4da12cb8a564148975f99d62bc014495e6a33d3cee2d6'
  inngest:
    key: '7Pp1hz3qYJYfLHjT_Gp0Kv18fwX-bjcc1lOsCXbVn752-IDK2FIbVP2w7i-bEoQaNakuOvWdyxmxxa4s3sPeZb'
  inngest_app_id: 'billing-worker'
  inngest_signing_key_masked: 'sign************e2d6'
  inngest_signing_key_example: 'YOUR_INNGEST_SIGNING_KEY_HERE'
  from_env: {{ salt['environ.get']('INNGEST_SIGNING_KEY') }}
