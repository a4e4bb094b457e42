cd ~/src/larkspur
export AWS_ACCESS_KEY_ID=AKIALOL45OTP55PIWB2Z
export AWS_SECRET_ACCESS_KEY=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
aws s3 ls
mysql -h db.larkspur.internal -u root -p'RaviLoveInes18' -e 'show databases'
git log --oneline | head
docker login -u larkspur -p ZHvuBc5mqqdI56 registry.larkspur.example
