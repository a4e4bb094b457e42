#!/usr/bin/env bash
# End-to-end tests of wave 28's judgements of values under a password's
# own name, in the styles people and generators use:
# * Capitalized words run together with a number or a mark whose words
#   hold a sample's or a default's letters inside a word (Compass: pass,
#   Harbourmaster: master) are a passphrase: a sample word counts in
#   joined Capitalized words only where a case-word starts (MyPassword1,
#   HarbourMaster5 stay refused); under a bare `pass`, 2 to 4 Capitalized
#   nouns run together and a number;
# * pronounceable generated passwords: consonants and vowels taking turns
#   with a digit inside (pwgen's, Apple's "memorable" ones), or groups of 4
#   letters so made joined by '-', or pwgen's lower-case phonemes (two
#   vowels joined twice or more);
# * a password spelt in substitutions that starts with its `$`
#   ($k1ngf1sh3r#): no variable is so named.
# Decoys: a type's or a product's name and a number (HttpClient2), names
# of code and calls, a word and a number (node3, db01), words alone, a
# slug of two groups, variables in every spelling ($VAR, ${VAR}, $(cmd),
# $env:X, $this->x, $1), a bcrypt hash, samples and defaults.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- Capitalized words run together ------------------------------------
mk pp/app.toml '[storage]
endpoint = "s3.eu-west-1.amazonaws.com"
password = "TrespassOtterLake9"
'
generic pp/app.toml 3 TrespassOtterLake9
mk pp/broker.properties 'broker.url=tcp://mq1:61616
broker.password=EncompassWillow3
'
generic pp/broker.properties 2 EncompassWillow3
mk pp/values.yaml 'smtp:
  host: relay.example.net
  password: HarbourmasterQuill2
'
generic pp/values.yaml 3 HarbourmasterQuill2
mk pp/settings.json '{
  "bind_dn": "cn=reader,dc=corp",
  "bind_password": "BypassMarble7!"
}
'
generic pp/settings.json 3 'BypassMarble7!'
mk pp/grafana.env 'GF_SECURITY_ADMIN_USER=ops
GF_SECURITY_ADMIN_PASSWORD=LarchPewterCanyon5
'
generic pp/grafana.env 2 LarchPewterCanyon5
mk pp/Startup.cs 'var cs = "Host=pg1;Username=ledger;Password=CompassHeronTundra4;";
'
generic pp/Startup.cs 1 CompassHeronTundra4
# under a bare `pass` only a password a person chose is one: Capitalized
# nouns run together and a number are (2 to 4 words)
mk pp/notify.yml 'defaultuser:
  name: admin
  pass: GondolaQuarryLinden42
'
generic pp/notify.yml 3 GondolaQuarryLinden42
mk pp/relay.ini '[login]
user = relay
pass = FerryMaple7
'
generic pp/relay.ini 3 FerryMaple7
mk pp/kiosk.json '{"user": "kiosk", "pass": "OtterWillowCedarFinch5"}
'
generic pp/kiosk.json 1 OtterWillowCedarFinch5

# ---- pronounceable generated passwords ---------------------------------
mk pr/replica.ini '[replication]
user = repl
password = dimo4sulape
'
generic pr/replica.ini 3 dimo4sulape
mk pr/ftp.properties 'ftp.host=files.corp
ftp.pwd=tukefa6ori
'
generic pr/ftp.properties 2 tukefa6ori
mk pr/deploy.yml 'db:
  admin_password: "vimeko3adula"
'
generic pr/deploy.yml 2 vimeko3adula
mk pr/mqtt.conf '[broker]
password = kapo-ruvi-meta-lobu
'
generic pr/mqtt.conf 2 kapo-ruvi-meta-lobu
mk pr/vpn.json '{
  "gateway": "vpn.plant.corp",
  "vpn_password": "vela-somu-ripa"
}
'
generic pr/vpn.json 3 vela-somu-ripa
mk pr/cfg.xml '<settings>
  <user>scada</user>
  <password>hufo7nemixa</password>
</settings>
'
generic pr/cfg.xml 3 hufo7nemixa
# pwgen's phonemes in lower case: two vowels joined twice or more
mk pr/backup.cnf '[client]
user=backup
password=ieyoo5phae
'
generic pr/backup.cnf 3 ieyoo5phae
mk pr/worker.env 'QUEUE_HOST=mq1
QUEUE_PASSWORD=ohtaiqu7ee
'
generic pr/worker.env 2 ohtaiqu7ee

# ---- substitutions led by `$` ------------------------------------------
mk dl/bmc.ini '[ipmi]
user = ADMIN
password = $k1ngf1sh3r#
'
generic dl/bmc.ini 3 '$k1ngf1sh3r#'
mk dl/vars.yml 'nas:
  password: "$M4rbl3h4ll$"
'
generic dl/vars.yml 2 '$M4rbl3h4ll$'
mk dl/app.json '{
  "password": "$Qu1ll5tr0k3!"
}
'
generic dl/app.json 2 '$Qu1ll5tr0k3!'
# (the readers' pairs: an element's text, a connection string's field)
mk dl/server.xml '<server>
  <user>backup</user>
  <password>$p3bbl3r0ck!</password>
</server>
'
generic dl/server.xml 3 '$p3bbl3r0ck!'
mk dl/web.config '<connectionStrings>
  <add name="ledger" connectionString="Server=sql1;User Id=app;Password=$w1ll0wcr33k#;" />
</connectionStrings>
'
generic dl/web.config 2 '$w1ll0wcr33k#'

# ---- styles accepted before: still accepted -----------------------------
mk keep/inventory.ini '[kiosks]
k1 ansible_host=10.2.0.7 ansible_password=Heron2025#
'
generic keep/inventory.ini 2 'Heron2025#'
mk keep/app.conf 'password = Harvest2027!kiln
'
generic keep/app.conf 1 'Harvest2027!kiln'
mk keep/dots.yaml 'password: anvil.meadow.thistle
'
generic keep/dots.yaml 1 anvil.meadow.thistle
mk keep/under.env 'DB_PASSWORD=copper_willow_58
'
generic keep/under.env 1 copper_willow_58
# a season, a year and a mark is a weak password people do use: kept
mk keep/season.ini 'password = Winter2023!
'
generic keep/season.ini 1 'Winter2023!'

# ---- decoys -------------------------------------------------------------
# a type's or a product's name and a number, names of code
mk neg/types.ini '[a]
password = HttpClient2
[b]
password = SqlServer2019
[c]
password = OrderHandler7
[d]
password = PasswordField1
[e]
password = UserPassword2
[f]
password = MainWindow
[g]
password = GetValue
[h]
password = Config2.xml
'
silent neg/types.ini
# the same under a bare `pass`: words programs name things with, one
# word and its number, a number past 4 digits, words after the number
mk neg/pass.yml 'a:
  pass: MainWindow2
b:
  pass: GetValue3
c:
  pass: UserPass1
d:
  pass: ListView12
e:
  pass: Windows10
f:
  pass: HarborQuill12345
g:
  pass: Harbor2Quill
'
silent neg/pass.yml
# samples and defaults, a sample's word where a case-word starts
mk neg/samples.yaml 'a:
  password: MyPassword1
b:
  password: SuperPass1
c:
  password: Password123
d:
  password: P@ssw0rd
e:
  password: HarbourMaster5
f:
  password: PassportLantern3
g:
  password: ChangeMe123
'
silent neg/samples.yaml
# words and a number, words alone, slugs of two groups or short ones
for w in relocate tokyo1 node3 db01 kamu-telo fox-elm-oak harbour toothbr1sh rapunz3l; do
	mk "neg/words/$w.properties" "cache.host=r1
cache.password=$w
"
	silent "neg/words/$w.properties"
done
# a pronounceable value in code, bare: a variable
mk neg/client.py 'def connect(bicu3utuza):
    password = bicu3utuza
    pass_ = UserPass1
    return password
'
silent neg/client.py
mk neg/form.ts 'const password = getPassword();
type Creds = { password: PasswordInput };
'
silent neg/form.ts
# variables led by `$` in every spelling, a bcrypt hash
mk neg/refs.yml 'a:
  password: $DB_PASS
b:
  password: "${DB_PASS}"
c:
  password: "$(cat /run/secrets/db)"
d:
  password: $db_pass2
e:
  password: "$2y$10$Kq4vT8mW2xKc7LpN5rYb3eZq4vT8mW2xKc7LpN5rYb3eAbCdEfGhI"
f:
  password: $1
'
silent neg/refs.yml
mk neg/build.xml '<Project>
  <PropertyGroup>
    <Password>$(DbPassword)</Password>
  </PropertyGroup>
  <add connectionString="Server=sql1;User Id=app;Password=$DB_PASS;" />
</Project>
'
silent neg/build.xml
mk neg/deploy.ps1 '$password = $env:DB_PASSWORD
$cred = $this.Password
'
silent neg/deploy.ps1
mk neg/db.php '<?php
$password = $this->password;
$db_password = $HOME1234;
'
silent neg/db.php
# the same pronounceable and `$` shapes in a test's fixture
mk neg/tests/fixtures/config.ini '[db]
password = bicu3utuza
'
"$KEYHOUND" scan "$T/neg/tests/fixtures/config.ini" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "fixture: a test's context" jq -e '[.[] | .context] == ["test"]' "$T/out"

finish e2e_judge28
