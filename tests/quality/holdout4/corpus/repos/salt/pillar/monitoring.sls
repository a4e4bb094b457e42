monitoring:
  grafana:
    admin_password: 7v29Beqh8N68wLB7-j
    sa_token: glsa_twHaveenuYia78UUJu1YIorLteOgSyVZ_4ca71a1f
  honeycomb:
    api_key: hcaik_01sv7qsel3hrsp8khxyo171vhiw67507qg8fjq1avdz3p2nws130uuoy8y
  opsgenie:
    api_key: 4fb3c7e5-7744-41e0-83a0-70efdc7c0733
  pagerduty:
    token: u+pcdsq7oanaAzc7NnFe
  rollbar_token: 898f62970956ede5f3bdfc1ea9c2eabc
  bugsnag_api_key: 70f034444b1f5fb5ac246c35ba5b8001
  dynatrace:
    api_token: dt0c01.ESYGMH4W7M4SMDFINRE1RYQA.CU1BTT5KLWDIKCDBNVLM3A7B1758AHJDD8JK70HO0WBB8KMCIDILJQVSQF5PY34E
    env: t6a0sj11
  sumologic:
    access_id: suDGPpy3EtP9Vt
    access_key: uy3ZnOkJc9XfTxvKJwboijnVfKTSgqftNyRKMqT8Cemm7hXXg9CuNcpPruoudPSG
