#!/usr/bin/env bash
# End-to-end tests of wave 30's value judges for passwords and generic
# secrets (scanner/validate_generic.c, validate.c's placeholders,
# validate_url.c) and the value bars of the readers that hand them over
# (shape_config.c's bare config values; the URL, mysql -p, smbclient -U
# and lftp -u rules):
# * passphrases of two or three spoken words and a number of 3 or 4
#   digits under a password's name (word_word_1234), in any file kind;
#   not a port or a count after a service's or a host's word
#   (kafka_broker_9092), a zero-padded count, five digits (an app's
#   generated name), a sample's, a default's or the credential's own word;
# * a generated value with any printable mark as a config line's whole
#   bare value (`<`, `>`, `]`, `|`, `,`, a leading `}` or `#`); templates,
#   tags, calls, wrappers, masks and labels in brackets stay out;
# * letters alone of scrambled case under generic-password (8 to 15);
#   camelCase and words of code stay out;
# * URL userinfo with a season-and-year password and `#`, a `%` that is no
#   escape, SMB's DOMAIN;user login with a percent-encoded password
#   (reported decoded, where its encoded text stands); mysql -p and
#   smbclient -U values with `$` and marks to the line's end; lftp -u
#   user,'password'.
# Every positive is checked in a test fixture's directory too (context
# test), and every class has decoys in the same files' kinds.
. "$(dirname "$0")/lib.sh"
batch_scans

# pos FILE LINE VALUE TEXT: TEXT written to FILE reports VALUE once, on
# LINE, by any rule.
pos() {
	mk "$1" "$4"
	scan_check "$1: $3 at $2" "$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].line == $l' --arg s "$3" --argjson l "$2"
}

# neg FILE TEXT: TEXT written to FILE gives no finding.
neg() {
	mk "$1" "$2"
	silent "$1"
}

# fixture FILE VALUE TEXT: in a test fixture's directory the value is
# still reported, with context test.
fixture() {
	mk "tests/fixtures/$1" "$3"
	scan_check "fixture $1: $2 (test)" "tests/fixtures/$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].context == "test"' --arg s "$2"
}

# ---- 1. passphrases: words and a number of 3 or 4 digits ----------------
pos p1/.gitlab-ci.yml 4 marlin_thicket_2846 'test:
  image: python:3.12
  variables:
    POSTGRES_PASSWORD: marlin_thicket_2846
'
pos p1/group_vars/db.yml 2 'gannet_bracken_7139' 'ansible_user: deploy
ansible_become_password: "gannet_bracken_7139"
'
pos p1/compose.yml 5 puffin_lichen_3318 'services:
  grafana:
    image: grafana/grafana
    environment:
      GF_SECURITY_ADMIN_PASSWORD: puffin_lichen_3318
'
pos p1/rtu.yaml 2 sorrel_quarry_9052 'admin_user: rtuadmin
admin_pass: sorrel_quarry_9052
'
pos p1/mail.env 2 lantern_quarry_2871 'SMTP_HOST=relay.corp.lan
SMTP_PASSWORD=lantern_quarry_2871
'
pos p1/app.toml 3 moss_harbor_6612 '[database]
user = "app"
password = "moss_harbor_6612"
'
pos p1/settings.json 1 cobalt_meadow_4471 '{"user": "etl", "password": "cobalt_meadow_4471"}
'
pos p1/datasource.xml 2 fennel_quarry_3390 '<datasource>
  <password>fennel_quarry_3390</password>
</datasource>
'
pos p1/config.php 1 gravel_otter_5512 "<?php \$db = ['user' => 'crm', 'password' => 'gravel_otter_5512'];
"
pos p1/application.properties 2 tansy_lichen_7720 'spring.datasource.username=ledger
spring.datasource.password=tansy_lichen_7720
'
pos p1/docker-compose.yml 4 willow_crane_4183 'services:
  db:
    environment:
      - MYSQL_ROOT_PASSWORD=willow_crane_4183
'
pos p1/seed.sh 1 birch_otter_2214 'kubectl create secret generic db --from-literal=password=birch_otter_2214
'
pos p1/main.go 1 cedar_finch_9931 'cfg := Config{User: "svc", Password: "cedar_finch_9931"}
'
pos p1/Db.cs 1 quartz_lichen_3318 'var conn = new SqlConnection("Server=db;User Id=app;Password=quartz_lichen_3318;");
'
pos p1/rds.tf 1 sorrel_gannet_7712 'db_password = "sorrel_gannet_7712"
'
pos p1/config.rb 1 kelp_marten_6620 'config.password = "kelp_marten_6620"
'
pos p1/Settings.kt 1 heron_gorse_4410 'val password = "heron_gorse_4410"
'
pos p1/backup.ps1 1 thistle_marten_2209 '$pw = ConvertTo-SecureString "thistle_marten_2209" -AsPlainText -Force
'
pos p1/notebook.py 1 otter_bramble_8815 "conn = snowflake.connector.connect(user='DS_ETL', password='otter_bramble_8815', account='xy-12')
"
pos p1/three.yml 1 maple_heron_quartz_5521 'password: maple_heron_quartz_5521
'
pos p1/caps.yml 1 Heron_Sluice_1529 'password: Heron_Sluice_1529
'
pos p1/.zsh_history 1 granite_plover_4694 ': 1767312188:0;docker login registry.corp.lan -u ci -p granite_plover_4694
'
pos p1/.bash_history 1 saffron_meadow_4471 'mysql -h lims-db.corp.lan -u report -psaffron_meadow_4471 lims -e "select 1"
'
pos p1/push.sh 1 aquifer_weir_3620 "lftp -u returns,'aquifer_weir_3620' ftps://ftp.corp.lan -e 'put r.xml; bye'
"
pos p1/push2.sh 1 CulvertValveAquifer57 "lftp -u returns,'CulvertValveAquifer57' ftps://ftp.corp.lan
"
pos p1/push3.sh 1 'Zbqft!571Parsley' "lftp -u returns,'Zbqft!571Parsley' ftps://ftp.corp.lan
"
pos p1/Pool.java 1 kestrel_moor_5531 'ds.setPassword("kestrel_moor_5531");
'
pos p1/.netrc 1 heron_tansy_6621 'machine ftp.corp.lan login drop password heron_tansy_6621
'
pos p1/.pgpass 1 sorrel_heron_2290 'db.lan:5432:app:app:sorrel_heron_2290
'
pos p1/report.sh 1 tundra_moss_4410 'PGPASSWORD=tundra_moss_4410 psql -h db -U app -c "select 1"
'
pos p1/mail.cfg 2 gorse_plover_3382 '[mail]
smtp_pass = gorse_plover_3382
'
pos p1/vault.hcl 1 fulmar_sedge_6638 'password = "fulmar_sedge_6638"
'
pos p1/db.ini 2 bracken_tern_9917 '[db]
password = bracken_tern_9917
'
pos p1/roles.sql 1 sedge_curlew_4472 "CREATE USER etl WITH PASSWORD 'sedge_curlew_4472';
"
pos p1/my.cnf 2 linnet_fescue_2281 '[client]
password=linnet_fescue_2281
'
pos p1/word.yml 1 'Pellow#7718plover' 'password: Pellow#7718plover
'
pos p1/wifi.yml 1 apron-kestrel-maple-cargo 'wifi_password: apron-kestrel-maple-cargo
'
fixture db.yml marlin_thicket_2846 'password: marlin_thicket_2846
'
fixture .env lantern_quarry_2871 'DB_PASSWORD=lantern_quarry_2871
'
# decoys: a service's or a host's word and a port or a count, a padded
# count, five digits (a generated app name), samples, defaults, the
# credential's own word, references, code
neg n1/a.yml 'password: kafka_broker_9092
'
neg n1/b.yml 'password: redis_master_6379
'
neg n1/c.yml 'password: http_proxy_8080
'
neg n1/d.yml 'password: replica_kelp_007
'
neg n1/e.yml 'password: sleepy-meadow-81798
'
neg n1/e2.yml 'password: quiet-harbor-4821
'
neg n1/e3.env 'DB_PASSWORD=amber-falcon-315
'
neg n1/f.yml 'password: test_user_1234
'
neg n1/g.yml 'password: db_password_2024
'
neg n1/h.yml 'password: my_password_1
'
neg n1/i.yml 'password: changeme_123
'
neg n1/j.yml 'password: example-pass-1
'
neg n1/k.yml 'password: secret_2024
'
neg n1/l.yml 'password: test_pass_123
'
neg n1/m.yml 'password: your_password_here
'
neg n1/n.yml 'password: vault_db_password
'
neg n1/o.yml 'password: db_password
'
neg n1/p.yml 'password: admin_pass_file
'
neg n1/q.env 'PASSWORD=${DB_PASSWORD}
'
neg n1/r.yml 'password: "{{ vault_pw }}"
'
neg n1/s.log 'PASS: section-flags-120
PASS: print-memory-usage-2
'
neg n1/t.py 'password = user_input_1234
'
neg n1/u.py 'login(password=user_input)
'
neg n1/v.js 'const body = { password: this.form.password };
'
neg n1/w.py 'password = hashlib.sha256(raw).hexdigest()
'
neg n1/x.rb 'User.create(name: n, password: params[:pw])
'
neg n1/y.yml 'password: default_value_1234
'
neg n1/z.yml 'token: heron_sluice_1525
'
neg n1/aa.sh 'docker login registry.corp.lan -u ci -p $CI_REGISTRY_PASSWORD
'
neg n1/ab.sh 'lftp -u returns,"$FTP_PASS" ftps://ftp.corp.lan
'

# ---- 2. generated values with any printable mark, bare in config files --
pos p2/inventory/hosts.ini 3 'Vb<7+Qz]>L2|mW:,Kp' '[linux:vars]
ansible_user=ops
ansible_become_pass=Vb<7+Qz]>L2|mW:,Kp
'
pos p2/feeds.properties 2 '}Rk2!*vQ7]m]p$4z/Lw9' 'feed.url=https://feeds.corp.lan
feed.secret=}Rk2!*vQ7]m]p$4z/Lw9
'
pos p2/feeds2.properties 1 '#Tnv3K.>^]%*8/!q/w0,z-5' 'radar.secret=#Tnv3K.>^]%*8/!q/w0,z-5
'
pos p2/app.env 1 'Kq>7|zW]v2<pL+9x' 'APP_SECRET=Kq>7|zW]v2<pL+9x
'
pos p2/relay.conf 1 'f8]Tz|Qm<2v>Wp' 'relay_password = f8]Tz|Qm<2v>Wp
'
pos p2/agent.cfg 2 'Hs,4]vK|9zq<M+tR' '[agent]
shared_secret=Hs,4]vK|9zq<M+tR
'
pos p2/values.yml 2 'p9}Lw<Q2|x]Vm,7k' 'smtp:
  password: p9}Lw<Q2|x]Vm,7k
'
pos p2/quoted.yml 1 'R7<vQ|2]mZ>k,Wp9' 'password: "R7<vQ|2]mZ>k,Wp9"
'
pos p2/settings.conf 1 'Pz]4|vQ<8mK,w2Rt' 'db.password: Pz]4|vQ<8mK,w2Rt
'
pos p2/vault.properties 1 'Ab{7]Qz(k2Lp)v9|mW' 'x.secret=Ab{7]Qz(k2Lp)v9|mW
'
fixture hosts.ini 'Vb<7+Qz]>L2|mW:,Kp' '[all:vars]
ansible_become_pass=Vb<7+Qz]>L2|mW:,Kp
'
neg n2/a.ini 'password = <your-password>
'
neg n2/b.ini 'secret=[REDACTED]
'
neg n2/c.ini "secret=<%= ENV['FEED_SECRET'] %>
"
neg n2/d.ini 'secret=%(secret)s
'
neg n2/e.ini 'secret=***
'
neg n2/f.properties 'db.password=${DB_PASSWORD}
'
neg n2/g.ini 'password = {{ vault_pw }}
'
neg n2/h.properties 'secret=ENC(G6N718UuyPE5bHyWKyuLQSm02a)
'
neg n2/i.ini 'password=#comment here
'
neg n2/j.properties 'secret={cipher}AQB7fX9k2mQpLw4vZr8t
'
neg n2/k.ini 'password=#{db_password}
'
neg n2/l.ini 'password=%{DB_PASS}
'
neg n2/m.ini 'secret = # set in vault
'
neg n2/n.ini 'password=$(cat /run/secrets/db)
'
neg n2/o.ini 'password=getenv(DB_PASS)
'
neg n2/p.ini 'secret=<secret>
'
neg n2/q.properties 'key.password=[hidden]
'
neg n2/r.ini 'password_file=/run/secrets/db
'
neg n2/s.ini 'password_policy=min_length_12
'
neg n2/t.py 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
'
neg n2/u.yml 'password: SCRAM-SHA-256
'
neg n2/v.conf 'auth_method=md5
'
neg n2/w.j2 '{% if password %}password={{ password }}{% endif %}
'
neg n2/x.yml 'password_regex: ^[A-Za-z0-9_]{8,64}$
'
neg n2/y.ini 'secret=<<EOF
'
neg n2/z.ini 'password = $DB_PASS
'
neg n2/aa.ini 'secret = list[0]
'
neg n2/ab.ini 'password = <password>
'
neg n2/ac.xml '<add key="password" value="&lt;set-me&gt;"/>
'
neg n2/ad.ini 'secret = a->b
'
neg n2/ae.ini 'password = <db password>
'
neg n2/ag.ini 'secret=ENC[AES256_GCM,data:Qk9PUkxF,type:str]
'
neg n2/ah.rb 'API_SECRET = %w[abc def]
'
neg n2/ai.properties 'secret=ENC(G6N718UuyPE5bHyWKyuLQSm02a)
'
neg n2/af.conf 'secret = <a href="x">
'

# ---- 3. letters alone of scrambled case under a password's name ---------
pos p3/player.ini 2 fmQctAdP '[vnc]
vnc_pw = fmQctAdP
'
pos p3/kiosk.ini 1 hTqWmZkP 'vnc_password = hTqWmZkP
'
pos p3/switch.yml 1 gRbTqLmZ 'admin_pw: gRbTqLmZ
'
pos p3/ha.conf 1 zcpBlNpU 'vrrp_password = zcpBlNpU
'
pos p3/panel.env 1 XqmPzRtk 'PANEL_PASSWORD=XqmPzRtk
'
pos p3/router.yml 1 PqLzWmRt 'ROUTER_PASSWORD: "PqLzWmRt"
'
pos p3/viewer.ini 1 WqLmZtKp 'rfb_password = WqLmZtKp
'
pos p3/panel.json 1 kXvRtQmB '{"admin_password": "kXvRtQmB"}
'
# an SNMP community of scrambled letters, as a generator makes one
pos p3/mgate.ini 3 HriPLyhJayHTXbywuj '[SNMP]
TrapCommunity=public
WriteCommunity=HriPLyhJayHTXbywuj
'
pos p3/snmp.ini 1 QmvTRzkWpLxBnHqd 'snmp_community = QmvTRzkWpLxBnHqd
'
fixture player.ini fmQctAdP 'vnc_pw = fmQctAdP
'
neg n3/a.py 'vnc_pw = fooBarBaz
'
neg n3/b.py 'password = "fooBarBaz"
'
neg n3/c.yml 'password: iOSAppID
'
neg n3/d.yml 'password: HelloWorld
'
neg n3/e.yml 'password: getUserID
'
neg n3/f.ini 'db_password = QwErTyUi
'
neg n3/g.ini 'password = AbCdEfGh
'
neg n3/h.yml 'password: XmlParser
'
neg n3/i.yml 'password: Password
'
neg n3/j.yml 'vnc_pw: ChangeMe
'
neg n3/k.py 'password = mkTmpDir
'
neg n3/n.ini 'community = ProjectCommunity
'
neg n3/o.yml 'pin: "GpioPinSourceA"
'
neg n3/p.py 'c = Connection("db2", connect_kwargs={"password": "rowan_kelp_07"})
'
neg n3/l.yml 'password: "ApiToken"
'
neg n3/m.yml 'password: OAuthKeyID
'

# ---- 4. URL userinfo and command lines' values --------------------------
pos p4/appsettings.json 1 'Autumn2024#Quay' '{"Rabbit": "amqp://feeds_pub:Autumn2024#Quay@mq01.corp.lan:5672/ops"}
'
pos p4/values.yaml 1 'Winter2021#weir' 'REDIS_URL: "redis://:Winter2021#weir@cache01.corp.lan:6379/0"
'
pos p4/values2.yaml 1 'k4PQZEWvr2t%SC9xvtn4?t' 'REDIS_URL: "redis://:k4PQZEWvr2t%SC9xvtn4?t@cache02.corp.lan:6379/0"
'
pos p4/share.properties 1 'Kv*)Qm-RTZWB!4Lnt5)p8Q-{' 'rec.archive=smb://CORP;recorder:Kv%2A%29Qm-RTZWB%214Lnt5%29p8Q-%7B@fs01.corp.lan/rec
'
pos p4/share.conf 1 Kv8qTz3mLw9xRb 'share = smb://CORP;scanner:Kv8qTz3mLw9xRb@nas01.corp.lan/scans
'
pos p4/ops.bash_history 1 'Quill7harp$9vine!' 'mysql -h ledger-db.corp.lan -u audit -pQuill7harp$9vine!
'
pos p4/ops2.bash_history 1 'k7#Pz$mq!{Rv_2;' 'smbclient //nas02/scans -U OFFICE/scanner%k7#Pz$mq!{Rv_2;
'
pos p4/ops3.bash_history 1 'Tq7vLm2RkZ' 'smbclient //fs01/share -U CORP/backup%Tq7vLm2RkZ -c ls
'
pos p4/ingest.yml 1 'Spring2025#Dock' 'url: amqp://ingest:Spring2025#Dock@mq02.corp.lan:5672/
'
pos p4/mongo.yml 1 'Autumn2023!Pier' 'MONGO_URL: mongodb://svc:Autumn2023!Pier@db01.corp.lan:27017/app
'
# a flag's bare value keeps a closing bracket or a comma inside it
pos p4/Jenkinsfile 3 '1G+u7#Tcj)tF!mk8yXnzQbGw' "pipeline { agent any; stages { stage('Publish') { steps {
        // TODO move to credentials()
        sh \"mvn deploy -Dnexus.user=deploy -Dnexus.password=1G+u7#Tcj)tF!mk8yXnzQbGw\"
} } } }
"
pos p4/run.sh 1 'Xq7]vL,2mK}pR9zT' 'runner --db-password=Xq7]vL,2mK}pR9zT --verbose
'
pos p4/sub.sh 1 Kq7vTz3kLw9xRb2m 'x=$(mvn -q -Dnexus.password=Kq7vTz3kLw9xRb2m)
'
# a generated password's '=' before a mark and a letter (=.F, =_x)
pos p4/admin.zsh_history 1 'Qm7=.Lp-vZ2=kw_8rt#T' ': 1767312230:0;vault login -method=userpass username=ops password=Qm7=.Lp-vZ2=kw_8rt#T
'
fixture app.json 'Autumn2024#Quay' '{"Rabbit": "amqp://feeds_pub:Autumn2024#Quay@mq01.corp.lan:5672/ops"}
'
# the encoded password is reported decoded, where its text stands
"$KEYHOUND" scan "$T/p4/share.properties" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "the SMB password: decoded, at its encoded text" jq -e \
	'.[0].decoded == ["percent"] and .[0].column == 33' "$T/out"
neg n4/a.yaml 'REDIS_URL: "redis://:${REDIS_PASSWORD}@cache01.corp.lan:6379/0"
'
neg n4/b.yaml 'url: amqp://guest:guest@localhost:5672/
'
neg n4/c.conf 'share = smb://CORP;scanner:${SMB_PASS}@nas01.corp.lan/scans
'
neg n4/d.bash_history 'mysql -u root -p$MYSQL_ROOT_PASSWORD
'
neg n4/e.bash_history 'mysql -u root -p${DB_PASS}
'
neg n4/f.bash_history 'smbclient //fs/share -U admin%$(cat /run/secrets/smb)
'
neg n4/g.bash_history 'mysql -u root -p<password>
'
neg n4/h.sh 'mysql -u root -p$1
'
neg n4/i.bash_history 'mysql -u root -pchangeme!
'
neg n4/j.bash_history 'mysql -u root -p"$PW"
'
neg n4/k.bash_history 'smbclient //nas02/scans -U OFFICE/scanner%${SMB_PW}
'
neg n4/l.yaml 'REDIS_URL: "redis://:password@cache01.corp.lan:6379/0"
'
neg n4/m.yaml 'url: "https://user:%s@api.corp.lan/v1"
'
neg n4/o.sh 'mvn deploy -Dnexus.password=$NEXUS_PW
'
neg n4/p.sh 'x=$(mvn deploy -Dnexus.password=${NEXUS_PW})
'
neg n4/q.zsh_history ': 1767312230:0;vault login -method=userpass username=ops password=$VAULT_PASS
'
neg n4/n.yaml 'url: "redis://:secret123@cache01.corp.lan:6379"
'

finish e2e_pwvalues30
