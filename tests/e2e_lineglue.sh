#!/usr/bin/env bash
# End-to-end tests of the glue-free reader: on a line no other reader
# paired, each credential's name takes the first value to its right, past
# binding marks and short words (a cast, a wrapping call, a macro's comma,
# a flag, a subscript's bracket, Perl's q[]), and the value judge decides.
# Decoys: comparisons and checks, a name as a call's argument before a
# variable, messages, references, types, placeholders, paths, digests,
# string lists, prose.
. "$(dirname "$0")/lib.sh"
batch_scans

V=Rk4Tz8Wq2Lm6Xp9Vb3Nc7Hd5Jf1Gy0Qs # 32 random letters and digits
W=Hm3Qx7Lz2Vt9Kb5Wr8Np4Yc6Jd1Fg    # 30 of them

# C: an array's brackets, a pointer and a cast
mk c/a.c "static const char api_secret[] = \"$V\";
char *auth_token = (char *)\"$W\";
"
found c/a.c 1 generic-secret "$V"
found c/a.c 2 generic-secret "$W"
# C++'s brace and constructor initialisers, Rust's and Go's wrapping calls
mk cpp/a.cpp "const std::string apiSecret{\"$V\"};
"
found cpp/a.cpp 1 generic-secret "$V"
mk rs/a.rs "let api_secret = String::from(\"$W\");
"
found rs/a.rs 1 generic-secret "$W"
mk go/a.go "var signingSecret = []byte(\"$V\")
"
found go/a.go 1 generic-secret "$V"
# Erlang's macro and a Prolog fact: the name, a comma, the literal
mk erl/a.hrl "-define(API_SECRET, \"$V\").
"
found erl/a.hrl 1 generic-secret "$V"
mk pl/a.pl "setting(api_token, \"$W\").
"
found pl/a.pl 1 generic-secret "$W"
# a setting's name where the line starts, a blank, a bare token (.arc)
mk arc/prefs.arc "@aws
app_secret $V
"
found arc/prefs.arc 2 generic-secret "$V"
# PowerShell's flag, Raku's %*ENV<NAME>, Perl's q[...]
mk ps/a.ps1 "Set-Variable -Name ApiSecret -Value '$W'
"
found ps/a.ps1 1 generic-secret "$W"
mk raku/a.raku "%*ENV<NOTIFY_API_KEY> = '$V';
"
found raku/a.raku 1 generic-secret "$V"
mk pm/a.pm "use constant PRIVATE_KEY => q[$W];
"
found pm/a.pm 1 generic-secret "$W"
# two pairs on one line: each value with the name nearest on its left
mk pl/b.pl "creds(api_token, \"$V\", auth_secret, \"$W\").
"
found pl/b.pl 1 generic-secret "$V"
found pl/b.pl 1 generic-secret "$W"
# a subscript's symbol: knife[:name] = "..."
mk rb/knife.rb "knife[:vault_token] = \"$V\"
"
found rb/knife.rb 1 generic-secret "$V"

# decoys: comparisons and checks, a call's argument before a variable,
# messages, references, types, placeholders, paths, digests, a list of
# strings, prose, an import's path, a minified object's next name
mk decoy/a.c "if (strcmp(api_secret, \"$V\") == 0) ok = 1;
fprintf(stderr, \"invalid api secret %s\\n\", \"$V\");
static const char *api_secret = (char *)DEFAULT_API_SECRET_VALUE;
static const char token_md5[] = \"9f2c4e7a1b3d5f8e0a6c2b4d7e9f1a3c\";
char key_file[] = \"/etc/ssl/private/server.key\";
u8 auth_key[AUTH_KEY_SIZE_BYTES];
SECKEYPrivateKey *PK11_LoadPrivKey(PK11SlotInfo *slot,
"
silent decoy/a.c
mk decoy/b.pl "ok(\$token eq '$V');
if (\$api_key ne \"$W\") { die; }
my \$secret = lookup(\$api_token, \$default_value);
"
silent decoy/b.pl
mk decoy/c.js "expect(apiSecret).toBe(\"$V\");
const codes = [\"api_secret\", \"$W\", \"token_type\"];
import{a as Token}from\"./chunk-BV75I2AG.mjs\";
ClientToken:{shape:\"String\",idempotencyToken:!0}
"
silent decoy/c.js
mk decoy/d.arc "@aws
app_secret YOUR_APP_SECRET_HERE
password_file /run/secrets/db_password
"
silent decoy/d.arc
# a bare token whose name does not start its line (a line without quotes)
mk decoy/e.tcl "array set cfg {api_token $V}
x = 1; app_secret $W
"
silent decoy/e.tcl
# prose: a lone word's name, a comment's header, a stored hash
mk decoy/NOTES.txt "Password  expired yesterday, reset it with $V
# client	server	secret			IP addresses
"
silent decoy/NOTES.txt
mk decoy/wpa.conf "network={
    password=hash:9f2c4e7a1b3d5f8e0a6c2b4d7e9f1a3c
}
"
silent decoy/wpa.conf

finish e2e_lineglue
