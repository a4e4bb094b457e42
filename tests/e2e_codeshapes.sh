#!/usr/bin/env bash
# End-to-end tests of code syntaxes that hold a name and its value apart:
# a name in brackets (Perl's $ENV{...}, ASP's Application("..."),
# Crystal's ENV["..."] ||=, Tcl's set env(...)), a literal in another
# syntax's quotes (JSX's {"..."}, Vue's "'...'", Perl's q{...}), a
# crontab's inline env, nginx's *_param, OCaml's putenv, XML whose name
# and value sit apart, C#'s [DefaultSettingValue], SQL's UPDATE ... WHERE
# name, option rows and PHP serialized options, ALTER USER ... PASSWORD,
# Swagger's default (sbt's Credentials(...): the sbt rule's, kept here).
. "$(dirname "$0")/lib.sh"
batch_scans

V=Rk8Wq3Lm7Zx2Tv9Pn4Bc6Hj1Gf5Ds0Ay # 32 random letters and digits
P=Lq4Zm8Wk2Rx7                     # a 12-character password

# Perl: a hash's element, the environment's, a quote operator
mk perl/deploy.pl "#!/usr/bin/perl
\$ENV{API_TOKEN} = '$V';
"
found perl/deploy.pl 2 generic-secret "$V"
mk perl/Config.pm "\$config->{'api_key'} = \"$V\";
"
found perl/Config.pm 1 generic-secret "$V"
mk perl/mailer.cgi "my \$api_key = q{$V};
"
found perl/mailer.cgi 1 generic-secret "$V"
mk perl/list.pl "my (\$user, \$api_token) = ('deploy', '$V');
"
found perl/list.pl 1 generic-secret "$V"
mk perl/fallback.cgi "my \$api_key = \$ENV{MAILER_API_KEY} || '$V';
"
found perl/fallback.cgi 1 generic-secret "$V"
mk perl/defined_or.cgi "my \$token = \$ENV{'DEPLOY_TOKEN'} // \"$V\";
"
found perl/defined_or.cgi 1 generic-secret "$V"
mk perl/ref.pl "\$ENV{API_TOKEN} = \$opts{token};
my \$key = \$ENV{API_TOKEN} || die;
my \$api_key = q{};
print \"\${API_TOKEN}\" if \$x == 1;
my (\$user, \$api_token) = (\$cfg{user}, \$cfg{token});
my (\$user, \$api_token) = ('deploy', 'changeme');
my \$api_key = \$ENV{MAILER_API_KEY} || die 'no key';
my \$token = \$ENV{DEPLOY_TOKEN} // '';
"
silent perl/ref.pl

# ASP's Application(), Crystal's ||=, Tcl's env(), OCaml's putenv
mkdir -p "$T/asp"
printf 'Sub Application_OnStart\r\n  Application("smtp_password") = "%s"\r\nEnd Sub\r\n' "$P" >"$T/asp/global.asa"
found asp/global.asa 2 generic-password "$P"
mk asp/ref.asa "Application(\"smtp_password\") = Request.Form(\"pw\")
"
silent asp/ref.asa
mk crystal/config.cr "ENV[\"SHORTCUT_API_TOKEN\"] ||= \"$V\"
"
found crystal/config.cr 1 generic-secret "$V"
mk crystal/ref.cr "ENV[\"API_TOKEN\"] ||= ENV.fetch(\"FALLBACK_TOKEN\")
"
silent crystal/ref.cr
mk tcl/snyk.tcl "set env(SNYK_TOKEN) \"$V\"
"
found tcl/snyk.tcl 1 generic-secret "$V"
mk tcl/braces.tcl "set ::env(API_TOKEN) {$V}
"
found tcl/braces.tcl 1 generic-secret "$V"
mk tcl/ref.tcl "set env(SNYK_TOKEN) \$token
puts \$env(SNYK_TOKEN)
"
silent tcl/ref.tcl
mk ocaml/main.ml "let () =
  Unix.putenv \"SERVICE_API_KEY\" \"$V\"
"
found ocaml/main.ml 2 generic-secret "$V"
mk ocaml/ref.ml "Unix.putenv \"API_TOKEN\" (Sys.getenv \"CI_TOKEN\")
"
silent ocaml/ref.ml

# a crontab's inline env, nginx's *_param directives
mk cron/backup "MAILTO=ops@example.com
*/15 * * * * BACKUP_API_TOKEN=$V /usr/local/bin/backup --quiet
"
found cron/backup 2 generic-secret "$V"
mk cron/daily "@daily DEPLOY_TOKEN=$V /opt/app/bin/sync
"
found cron/daily 1 generic-secret "$V"
mk cron/ref "*/15 * * * * BACKUP_API_TOKEN=\$(cat /run/secrets/backup) /usr/local/bin/backup
"
silent cron/ref
mk nginx/site.nginx "location ~ \\.php\$ {
    fastcgi_param APP_API_TOKEN \"$V\";
}
"
found nginx/site.nginx 2 generic-secret "$V"
mk nginx/app.nginx "    uwsgi_param SERVICE_SECRET $V;
"
found nginx/app.nginx 1 generic-secret "$V"
mk nginx/ref.nginx "    fastcgi_param APP_API_TOKEN \$http_x_api_token;
    proxy_set_header X-Api-Key \$api_key;
"
silent nginx/ref.nginx

# JSX's expressions and template literals, Vue's bound string
mk jsx/App.jsx "      <Client apiKey={\"$V\"} region=\"us\" />
"
found jsx/App.jsx 1 generic-secret "$V"
mk jsx/Dash.tsx "  <Provider accessToken={'$V'}>
"
found jsx/Dash.tsx 1 generic-secret "$V"
mk jsx/Widget.jsx "  <Embed apiSecret={\`$V\`} />
"
found jsx/Widget.jsx 1 generic-secret "$V"
mk jsx/Map.vue "<template>
  <MapView :api-key=\"'$V'\" />
</template>
"
found jsx/Map.vue 2 generic-secret "$V"
mk jsx/ref.jsx "  <Client apiKey={process.env.REACT_APP_API_KEY} />
  <Embed apiSecret={\`\${secret}\`} />
  <MapView :api-key=\"apiKey\" />
"
silent jsx/ref.jsx

# XML: the name in an attribute or an element, the value apart
mk xml/App.xaml "<ResourceDictionary>
    <x:String x:Key=\"RefreshToken\">$V</x:String>
</ResourceDictionary>
"
found xml/App.xaml 2 generic-secret "$V"
mk xml/Settings.settings "  <Settings>
    <Setting Name=\"ApiSecret\" Type=\"System.String\" Scope=\"Application\">
      <Value Profile=\"(Default)\">$V</Value>
    </Setting>
"
found xml/Settings.settings 3 generic-secret "$V"
mk xml/config.xml "    <input-field type=\"password\">
        <name>apiSecret</name>
        <label>API secret</label>
        <defaultValue>$V</defaultValue>
    </input-field>
"
found xml/config.xml 4 generic-secret "$V"
mk xml/ref.xml "    <x:String x:Key=\"RefreshTokenLabel\">Refresh token</x:String>
    <input-field>
        <name>apiSecret</name>
        <label>API secret</label>
    </input-field>
    <defaultValue>$V</defaultValue>
"
silent xml/ref.xml

# C#: the default in the attribute above its property, not another's
mk cs/Settings.Designer.cs "        [global::System.Configuration.DefaultSettingValueAttribute(\"https://api.example.com\")]
        public string ApiUrl {
            get { return ((string)(this[\"ApiUrl\"])); }
        }
        [global::System.Configuration.DefaultSettingValueAttribute(\"$V\")]
        public string ApiToken {
            get { return ((string)(this[\"ApiToken\"])); }
        }
"
found cs/Settings.Designer.cs 5 generic-secret "$V"
mk cs/Other.Designer.cs "        [global::System.Configuration.DefaultSettingValueAttribute(\"$V\")]
        public string ServiceUrl {
            get { return ((string)(this[\"ServiceUrl\"])); }
        }
        public string ApiToken {
"
silent cs/Other.Designer.cs

# SQL: UPDATE ... WHERE name, option rows, PHP serialized, ALTER USER
mk sql/seed.sql "UPDATE settings SET value = '$V' WHERE name = 'api_token';
"
found sql/seed.sql 1 generic-secret "$V"
mk sql/options.sql "INSERT INTO \`wp_options\` (\`option_id\`, \`option_name\`, \`option_value\`, \`autoload\`) VALUES (88, 'acme_api_secret', '$V', 'yes');
"
found sql/options.sql 1 generic-secret "$V"
mk sql/serialized.sql "INSERT INTO \`wp_options\` VALUES (412,'acme','a:2:{s:9:\\\"client_id\\\";s:4:\\\"acme\\\";s:13:\\\"client_secret\\\";s:32:\\\"$V\\\";}','yes');
"
# (mysqldump escapes the quotes: the escapes' decoded copy may report it)
"$KEYHOUND" scan "$T/sql/serialized.sql" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "sql/serialized.sql: the client secret" jq -e --arg s "$V" \
	'length == 1 and .[0].secret == $s and .[0].rule_id == "generic-secret" and .[0].line == 1' "$T/out"
mk sql/init.sql "ALTER USER app_rw WITH PASSWORD '$P';
"
found sql/init.sql 1 dbclient-sql-role-password "$P"
mk sql/ref.sql "UPDATE settings SET value = 'changeme' WHERE name = 'api_token';
UPDATE settings SET value = '6604468618c2871f4530639bbf079885' WHERE name = 'api_token_hash';
INSERT INTO \`wp_options\` (\`option_id\`, \`option_name\`, \`option_value\`, \`autoload\`) VALUES (89, 'acme_token_expires', '1767225600', 'yes');
ALTER USER app_rw WITH PASSWORD 'password';
"
silent sql/ref.sql

# sbt's Credentials(realm, host, user, password), Swagger's default
mk sbt/build.sbt "credentials += Credentials(\"Sonatype Nexus Repository Manager\", \"nexus.acme.io\", \"deployer\", \"$P\")
"
found sbt/build.sbt 1 sbt-credentials-password "$P"
mk sbt/ref.sbt "credentials += Credentials(\"Sonatype Nexus Repository Manager\", \"nexus.acme.io\", \"deployer\", sys.env(\"NEXUS_PASSWORD\"))
"
silent sbt/ref.sbt
mk api/swagger.json "{\"parameters\": [{\"name\": \"api_key\", \"in\": \"header\", \"type\": \"string\", \"default\": \"$V\"}]}
"
found api/swagger.json 1 generic-secret "$V"
mk api/ref.json "{\"parameters\": [{\"name\": \"api_key\", \"in\": \"header\", \"default\": \"YOUR_API_KEY\"}]}
"
silent api/ref.json

finish e2e_codeshapes
