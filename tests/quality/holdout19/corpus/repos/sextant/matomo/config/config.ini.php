; <?php exit; ?> DO NOT REMOVE THIS LINE
[database]
host = "mariadb"
username = "matomo"
password = "Summer2022!vel"
dbname = "matomo"
tables_prefix = "matomo_"

[General]
salt = "5eefa91fa7591f1714d5c118562643991fb68aa8cb9baab649f7e776702fc1e8"
trusted_hosts[] = "stats.sextant.example"

[mail]
transport = "smtp"
username = "stats@sextant.example"
password = "@nch0rC0pp3r2016"
