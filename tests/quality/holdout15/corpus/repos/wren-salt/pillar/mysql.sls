mysql:
  server:
    root_password: 'jq6WgX72WLOHJz9G5-15'
    bind-address: 0.0.0.0
  database:
    - wren_app
  user:
    wren_app:
      password: '4r40n0ahVsjTeWx-31'
      host: '10.20.%'
      databases:
        - database: wren_app
          grants: ['all privileges']
    monitoring:
      password_hash: '*DA77F30D2F1DA2456710BFCF633DCA6DC5221161'
      host: localhost
