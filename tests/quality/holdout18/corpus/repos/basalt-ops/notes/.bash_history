cd /srv/app
mysql -u root -p'lanternmaplesaffron' -e 'show databases'
curl -u admin:SaffronQuartz14% https://jenkins.basalt.internal/api/json
export STRIPE_API_KEY=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
git log --oneline | head
sha256sum release.tar.gz
echo decbfb499070945e9010d524605c6eaec0c366d8148ed2ecfea68245d693ecb2  release.tar.gz > SHA256SUMS
