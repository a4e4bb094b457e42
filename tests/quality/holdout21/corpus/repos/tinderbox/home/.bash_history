cd ~/src/tinderbox
export AWS_ACCESS_KEY_ID=AKIAVTAXTECYI7WHHIBF
export AWS_SECRET_ACCESS_KEY=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
aws s3 ls
mysql -h db.tinderbox.internal -u root -p'tundra-copper-oyster-cobalt' -e 'show databases'
git log --oneline | head
docker login -u tinderbox -p GECK46tund registry.tinderbox.example
