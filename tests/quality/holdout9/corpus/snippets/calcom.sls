# pillar/calcom.sls
calcom:
  cal_api_key: 'cal_live_6cbdbb56afcc86cae990fe4d35517876'
{% set cal_test_api_key = 'cal_test_8e4b5591c315a4c10a9477c291e946f8' %}
cal_event_type_id: '246403'
cal_api_key: 'cal_live_<your key>'
cal_token: {{ salt['environ.get']('CAL_TOKEN') }}
