postgres:
  users:
    app:
      password: 'Timber#2Go63'
    replicator:
      password: 'raven[Copper]-1'
  backup:
    s3_key_id: AKIABDC6PT2HATNT3QXY
    s3_secret: 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
