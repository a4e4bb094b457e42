aws cloudformation deploy --stack-name billing-db --template-file db.yml \
  --parameter-overrides Env=prod AdminPassword=s58H6ui4gRyTgS InstanceClass=db.t4g.medium
