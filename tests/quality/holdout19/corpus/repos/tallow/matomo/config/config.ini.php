; <?php exit; ?> DO NOT REMOVE THIS LINE
[database]
host = "mariadb"
username = "matomo"
password = "cactus5summit4X"
dbname = "matomo"
tables_prefix = "matomo_"

[General]
salt = "147ed9c3b215112ee7fc3e91c1c739c8c76fd2352ccbc48b1640c5e4cca4464c"
trusted_hosts[] = "stats.tallow.example"

[mail]
transport = "smtp"
username = "stats@tallow.example"
password = "b@dg3rZ3phyr1994"
