-----BEGIN PRIVATE KEY-----
MIGHAgEAxgR7Q+PAMQsdtFGnacU0DMj3/neNchT2La2UalPKkXKnDmtOydv+s1cp
cmwEalVAoxRb534IYsxWB2AwfQqvjP5mFsIxsxy4tkwg4aCjr/wy/0wbSY/i8wH2
WeDtwmWR3anK4uKTNkh8jPvrIdXoeaa/El+co980gGNCszgEb5m9UFsI
-----END PRIVATE KEY-----
