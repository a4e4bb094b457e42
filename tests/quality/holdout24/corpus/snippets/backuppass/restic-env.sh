export RESTIC_REPOSITORY=s3:s3.eu-central-1.wasabisys.com/fernquay-restic
export RESTIC_PASSWORD='C@ny0n1992'
export AWS_ACCESS_KEY_ID=0KR1RXHHDJXSK34JHXQC
# secret key comes from pass(1)
export AWS_SECRET_ACCESS_KEY=$(pass show wasabi/restic)
