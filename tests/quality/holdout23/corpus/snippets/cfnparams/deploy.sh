aws cloudformation deploy --stack-name billing-db --template-file db.yml \
  --parameter-overrides Env=prod AdminPassword=FZT2TZeDNkFSUY0K9Kh InstanceClass=db.t4g.medium
