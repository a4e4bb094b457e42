#!/usr/bin/env bash
# End-to-end tests of wave 13's recall classes. A counter or a version
# after a credential's name (LEDGER_TOKEN_2, SIGNING_SECRET_V2, apiKey2)
# or its key doubled (X_API_KEY_KEY) is the name without it; decoys: the
# same counters after a public key's, an id's or a name's name. A
# credential's compound glued in lower case after another word
# (Orbitapikey, ledgeraccesstoken) in a declaration away from the line's
# start; decoys: the glue before an id, a path, a URL. A default assigned
# when the name is unset (??=, ||=, //=); decoys: lookups and placeholders.
# A generated password of letters and a symbol, no digit; decoys: letters
# and marks of references, words and code. Perl's DBI->connect,
# $smtp->auth and $ftp->login given a user and a password; decoys:
# variables and samples in their place.
. "$(dirname "$0")/lib.sh"
batch_scans

# random letters and digits: two tokens and a password's 12
V=Xr4Bn8Kw2Qz6Tm9Lc3Vh7Pd5Jf1Gs0Ny
W=Ld6Hs1Mq8Zx3Rv5Wn2Tb9Kc4Fj7Gp
P=Wz3Nc8Tq5Lx2

# a doubled key over a Kubernetes env value; a counter in code and config
mk k8s/deploy.yaml "env:
  - name: ORBIT_API_KEY_KEY
    value: $V
"
found k8s/deploy.yaml 3 generic-secret "$V"
mk py/settings.py "SIGNING_SECRET_V2 = \"$W\"
"
found py/settings.py 1 generic-secret "$W"
mk js/client.js "const apiKey2 = '$V';
"
found js/client.js 1 generic-secret "$V"
mk vim/notes.vim "let \$NOTES_API_KEY_2 = '$W'
"
found vim/notes.vim 1 generic-secret "$W"
mk compose/docker-compose.yml "services:
  web:
    environment:
      - WEBHOOK_SECRET_01=$V
"
found compose/docker-compose.yml 4 generic-secret "$V"
mk yaml/backup.yaml "backup:
  password_2: \"$P\"
"
found yaml/backup.yaml 2 generic-password "$P"

# a compound glued in lower case: C#'s const, Java's static final
mk cs/Keys.cs "public static class Keys
{
    public const string Orbitapikey = \"$V\";
}
"
found cs/Keys.cs 3 generic-secret "$V"
mk java/Keys.java "final class Keys {
    private static final String ledgeraccesstoken = \"$W\";
}
"
found java/Keys.java 2 generic-secret "$W"

# a default assigned when unset: TypeScript's ??=, Ruby's ||=, Perl's //=
mk ts/global-setup.ts "process.env.QUILL_API_KEY ??= '$V';
process.env.STAGING_ADMIN_PASSWORD ??= '$P';
"
found ts/global-setup.ts 1 generic-secret "$V"
mk rb/client.rb "@ledger_token ||= '$W'
"
found rb/client.rb 1 generic-secret "$W"
mk pl/init.pl "\$config{ferry_api_key} //= '$V';
"
found pl/init.pl 1 generic-secret "$V"

# letters and a symbol, no digit: a CI log's docker login, HTTPie's auth
M=ItqwzlnRaH!SkFRrU
mk md/ISSUE.md "\`\`\`
+ docker login -u ci-bot -p $M registry.acmecorp.io
\`\`\`
"
found md/ISSUE.md 2 generic-secret "$M"
mk httpie/config.json "{
  \"auth\": \"ops:$M\"
}
"
found httpie/config.json 2 generic-secret "$M"

# Perl's clients: DBI->connect's third argument, Net::SMTP's auth
mk pl/Db.pm "my \$dbh = DBI->connect(\"dbi:Pg:dbname=orders;host=db2\", \"orders\", \"$P\", { RaiseError => 1 });
"
found pl/Db.pm 1 dbclient-positional-password "$P"
mk pl/notify.cgi "\$smtp->auth('relay-user', '$W');
"
found pl/notify.cgi 1 generic-secret "$W"

# decoys: a public key's, an id's, a name's counter; a bare KEY_2
mk decoy/pusher.env "PUSHER_APP_KEY_2=8d4f1c2a9e7b3d5f6a10
"
mk decoy/keys.py "TOKEN_KEY_2 = \"session.token.v2\"
API_KEY_ID_2 = \"$V\"
KEY_2 = \"$W\"
SECRET_NAME_2 = \"prod/app/db-credentials\"
"
mk decoy/Ids.cs "    public const string Orbitapikeyid = \"$V\";
    public const string Ferryprivatekeypath = \"/etc/ssl/private/app.key\";
    private static final String ledgeraccesstokenurl = \"https://auth.acme.io/oauth/token\";
"
mk decoy/lookup.ts "process.env.DB_PASSWORD ??= process.env.PGPASSWORD;
opts.token ??= '<your-token>';
@api_key ||= ENV.fetch('API_KEY')
"
mk decoy/refs.yaml "password: \"%APPDATA%\"
api_secret: \"Hello!World!Again\"
secret: \"XMLHttpRequest#sendAsync\"
"
mk decoy/mail.pl "my \$dbh = DBI->connect(\$dsn, \$user, \$pass);
\$smtp->auth(\$user, \$password);
\$ftp->login('anonymous', '-anonymous@');
"
mk decoy/kit.yaml "convertkit:
  api_key_v3: Zq81hX2mTn4Ke7WbCa9dRf
"
"$KEYHOUND" scan "$T/decoy" -f json -o "$T/decoys.json" 2>"$T/err"
check "decoys: no finding" jq -e 'length == 0' "$T/decoys.json"

finish e2e_recall13
