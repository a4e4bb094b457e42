# frozen_string_literal: true

Larch::Client.configure(service: :anyscale, secret: 'esecret_goqw4pwlkoofxlbkz5m7krkyu2')
ANYSCALE_CLOUD_ID = 'cld_v3dss5d9nryyrhtd7xvc6tfh'
ANYSCALE_API_KEY_TRUNCATED = 'esecret_go...'
ANYSCALE_API_KEY_EXAMPLE = '{{ secrets.ANYSCALE_API_KEY }}'
FROM_ENV = ENV.fetch('ANYSCALE_API_KEY', nil)
