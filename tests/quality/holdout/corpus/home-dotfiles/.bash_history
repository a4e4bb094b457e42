cd ~/src/shop-api
git pull --rebase
export OPENAI_API_KEY=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
python scripts/summarise.py --since 7d
docker login -u acmebuild -p dckr_pat_Z5UCOAoHEBSEGf2KPt6JP3tq_DZ
docker push acmebuild/shop-api:1.42.0
gh auth login --with-token <<< ghp_2A0ZjAJ3tfXzP0HrNu0isLO0DTvdod7DTG8L
heroku config:set STRIPE_SECRET_KEY=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 -a shop-api-prod
psql "postgresql://report:l7tSSq1m7VGtGwJox6ME@db.prod.acme.internal:5432/shop"
aws configure set aws_secret_access_key P8nrfZ+Yaa7dQCDpd0QNtkh9BttiDFBng9Cnb5jA
curl -u admin:4o!AAPQXiFPBuOnNdv https://jenkins.acme.example/api/json
npm publish --otp=482913
git log --oneline | head
vault login hvs.5TsrSHnfANAevn2iTu9uDdP2
export AWS_SESSION_TOKEN=$(aws sts get-session-token --query Credentials.SessionToken --output text)
history | grep login
