cd ~/src/acme
export GITHUB_TOKEN=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
gh auth status
heroku config:set STRIPE_SECRET_KEY=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 -a acme-api
aws configure set aws_secret_access_key 1zZrHeX0isuiMXk1RrMmQ9Sojkd/WRJrz8V4rUdH
mysql -h db.acme.internal -u root -p4Ipz30MTpiakUTSpd2rPfXGyu shop
psql "postgresql://admin:dCJsLvPweFnPq2uy5HgXoRW@prod-db.acme.internal:5432/acme"
curl -u 8e61e876389b76e50515ce62cd329601:6deef7d7c72e2ee210508fe89599a186 https://api.mailjet.com/v3/REST/contact
docker login -u acmebuild --password dckr_pat_lKhK9ronMGP0n-Gd4Cq3wOmyJFs
export OPENAI_API_KEY=$(op read op://Engineering/Stripe/credential)
vault login hvs.CAESIQX7TlRbx8xKH5jOWX47pjc_W7jLtBMGFBMABzWGdO0WJhk-ylgke5HPnnOres8uMrBneaqtSYDpkwcUYZza5-D
npm publish --//registry.npmjs.org/:_authToken=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
git push origin main
