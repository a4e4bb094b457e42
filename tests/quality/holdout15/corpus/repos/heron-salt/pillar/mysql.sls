mysql:
  server:
    root_password: 'NyIluvirBcBLItLAc-81'
    bind-address: 0.0.0.0
  database:
    - heron_app
  user:
    heron_app:
      password: 'fGVBXsTwpzhhY9A!93'
      host: '10.20.%'
      databases:
        - database: heron_app
          grants: ['all privileges']
    monitoring:
      password_hash: '*BDF9B98C7D3C06B4068402D267692CD87A1C35A0'
      host: localhost
