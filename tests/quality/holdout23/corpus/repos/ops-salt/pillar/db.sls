postgres:
  users:
    app:
      password: 'Ember#4Ever69'
    replicator:
      password: 'basalt[Monsoon]-1'
  backup:
    s3_key_id: AKIAY3TRVKZPCESPCYH5
    s3_secret: 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
