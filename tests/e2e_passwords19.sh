#!/usr/bin/env bash
# End-to-end tests of wave 19's passwords under a password's own name that
# the strong place still refused: a season or a month and its year
# (Summer2019!vel; in docs too, as docs), a `$`- or `!`-led literal where
# the syntax keeps the mark (YAML, INI, notes) or the name is a password's
# shape ($juniper_thistle737 in .env), dotted words in two cases
# (ROCKET.lantern.41), `@` for `a` inside words (tundr@M@rbl32006), a
# bare `pass:` of chosen words (BadgerHarbor21%), a quoted literal of
# Capitalized or dashed words passed as a password in code. Decoys: a
# season with a sample word or no year, `$names` where the syntax expands
# them or of code's words, YAML tags, dotted names of one case, packages,
# versions, addresses, camelCase and code's words in code, a bare pass
# that is a count or an encoded word.
. "$(dirname "$0")/lib.sh"
batch_scans

# season and year
mk season/grafana.yaml "values:
  adminUser: admin
  adminPassword: Summer2019!vel
"
found season/grafana.yaml 3 generic-password "Summer2019!vel"
mk season/settings.php "<?php
return ['db' => ['password' => 'Winter2022!mar']];
"
found season/settings.php 2 generic-password "Winter2022!mar"
mk season/config.ini.php "[database]
password = \"Spring23#\"
"
found season/config.ini.php 2 generic-password "Spring23#"
mk season/docs/setup.md "Log in:

    password: Autumn2024!
"
found season/docs/setup.md 3 generic-password "Autumn2024!"
scan_check "season: in docs, as docs" season/docs/setup.md '.[0].context == "docs" and .[0].confidence == "low"'
for v in 'Summer24!admin' 'SpringBoot3' 'Winter2025Test' 'Summer!2024'; do
	mk "season/dec/$v/app.yml" "db:
  password: $v
"
	silent "season/dec/$v/app.yml"
done

# led by \$ or !
mk dollar/zulip-secrets.conf "[secrets]
postgres_password = \$pickle_saffron661
"
found dollar/zulip-secrets.conf 2 generic-secret "\$pickle_saffron661"
mk dollar/app.yml "db:
  password: \"\$velvet_nectar42\"
"
found dollar/app.yml 2 generic-secret "\$velvet_nectar42"
mk dollar/.env "DB_PASSWORD=\$juniper_thistle737
"
found dollar/.env 1 generic-secret "\$juniper_thistle737"
mk dollar/setup.org "* Backups
   - restic repository password: !quartz_thistle699
"
found dollar/setup.org 2 generic-secret "!quartz_thistle699"
for f in 'a/.env:DB_PASSWORD=$juniper_thistle7' 'b/run.sh:DB_PASSWORD="$velvet_nectar42"' \
	'c/app.yml:  password: "$session_thistle_737"' 'd/app.yml:  password: !quartz_thistle699' \
	'e/docker-compose.yml:      POSTGRES_PASSWORD: $pickle_saffron_gorse' \
	'f/build.gradle.kts:val password = "$pickle_saffron61"' 'g/.env:DB_PASSWORD=$DB_ROOT_PASSWORD'; do
	mk "dollar/dec/${f%%:*}" "${f#*:}
"
	silent "dollar/dec/${f%%:*}"
done

# dotted words, @ inside words, a trailing % under a bare pass
mk dotted/filebeat.yml "setup.kibana:
  username: elastic
  password: \"ROCKET.lantern.41\"
"
found dotted/filebeat.yml 3 generic-secret "ROCKET.lantern.41"
mk dotted/wiki.yml "db:
  user: wikijs
  pass: NECTAR.copper.97
"
found dotted/wiki.yml 3 generic-secret "NECTAR.copper.97"
mk at/.env "DB_PASSWORD=tundr@M@rbl32006
"
found at/.env 1 generic-secret "tundr@M@rbl32006"
mk pct/config.yml "db:
  pass: BadgerHarbor21%
"
found pct/config.yml 2 generic-password "BadgerHarbor21%"
for v in 'spring.datasource.url' 'db.internal.lan' 'com.example.App' 'v1.22.3' 'app.release.42' \
	'ops.team@mail.lan' 'HTTP.status.404'; do
	mk "dotted/dec/$v/app.yml" "db:
  password: $v
"
	silent "dotted/dec/$v/app.yml"
done
mk pass/dec/run.yml "suite: smoke
pass: aGVsbG8td29ybGQtdGhpcy1pcw
fail: 0
"
silent pass/dec/run.yml
mk pass/dec/notes.yml "pass: kestrel-pebble
"
silent pass/dec/notes.yml

# a quoted literal passed as a password in code
mk code/main.py "DbInstance(self, \"db\", engine=\"postgres\",
    username=\"app\", password=\"VioletCopperPixel3\", allocated_storage=20)
"
found code/main.py 2 generic-secret "VioletCopperPixel3"
mk code/stack.py "rds.Instance(self, \"db\", username=\"app\", password=\"thistle-copper-pixel-pickle\")
"
found code/stack.py 1 generic-secret "thistle-copper-pixel-pickle"
mk code/settings.kts "project {
    params {
        param(\"env.ARTIFACTORY_PASSWORD\", \"WillowJuniperBiscuit4\")
    }
}
"
found code/settings.kts 3 generic-secret "WillowJuniperBiscuit4"
for v in 'violetCopperPixel3' 'VioletSessionStore3' 'session-token-cache-key'; do
	mk "code/dec/$v/main.py" "DbInstance(self, \"db\", username=\"app\", password=\"$v\")
"
	silent "code/dec/$v/main.py"
done
mk code/dec/bare/main.py "conn = connect(user=\"app\", password=VioletCopperPixel3)
"
silent code/dec/bare/main.py
mk code/dec/pass.c "MODULE_PASS(\"loop-vector-slice-fusion\", LoopVectorSliceFusion())
"
silent code/dec/pass.c

finish e2e_passwords19
