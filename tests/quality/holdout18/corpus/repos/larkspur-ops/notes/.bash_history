cd /srv/app
mysql -u root -p'QC!&nRB9N7xdyu' -e 'show databases'
curl -u admin:Maple.quartz.granite.6 https://jenkins.larkspur.internal/api/json
export STRIPE_API_KEY=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
git log --oneline | head
sha256sum release.tar.gz
echo 76b75594ccbf108532b00472a4eeef5dc7f3cbb457d79fe77e2b285a3da6afcd  release.tar.gz > SHA256SUMS
