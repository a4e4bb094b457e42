# pillar/square.sls
{% set square_access_token = 'EAAAcgDv6JmuqAZerMa2_czFFN6ymqqzZuDtSPUZ4RIe6LNqsFCscPx7twGjdcRh' %}
square:
  square_application_secret: 'sq0csp-ZJwftNxzKaesSUqPs_EzEmgJUABPc0c4sVsgPSq0RtU'
square_application_id: 'sq0idp-j3Glf3gVYWd9kAM9Kgr5r-'
square_location_id: 'LDTUYG2UOQ9MD'
square_token: {{ salt['environ.get']('SQUARE_TOKEN') }}
