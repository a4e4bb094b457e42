mysql:
  server:
    root_password: '8wTH9DdEuniTVHQaq-37'
    bind-address: 0.0.0.0
  database:
    - kestrel_app
  user:
    kestrel_app:
      password: 'm7BXhA3HK5E7T5E-78'
      host: '10.20.%'
      databases:
        - database: kestrel_app
          grants: ['all privileges']
    monitoring:
      password_hash: '*190E83F3BEA652DCB34B630BAE83EE46F2B7F2F1'
      host: localhost
