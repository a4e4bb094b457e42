#!/usr/bin/env bash
# End-to-end tests of wave 28's "keys in every language's and build
# tool's syntax": a table of syntaxes (languages, build tools, templates,
# resource files), each holding a generic secret under a credential's name
# (@G@), a password (@P@) and in some a provider's prefixed token (@T@),
# all found; the same table with the values swapped for placeholders,
# templates, empty strings, masks, paths and angle-bracket samples, all
# quiet. Then the classes this wave reads: a Delphi/Lazarus form's
# `object NAME: TType` naming its `Text = '...'`, m4's and autoconf's
# quoted macro arguments, SAS's %str() quoting, Common Lisp's +constants+,
# a shell `export` in a string (Nix's shellHook), and weak names in a
# provider's context given as a call's argument (Gradle's
# buildConfigField), after a definition's word (`(def KEY "...")`, `set
# KEY "..."`) or under the comment marks of Fortran, OCaml, VB and m4.
. "$(dirname "$0")/lib.sh"
batch_scans

G=Hv4qT9mZ2wLr7XkB3nPd8sYc
P=Copper-Lantern-Quay-58
TK=glpat-Rq7mW2xK9vLp4ZtB8nYc

# table SYNTAX FILE TEXT: one row (the text's @G@, @P@ and @T@ filled in).
ROWS=()
row() { ROWS+=("$1"$'\x1f'"$2"$'\x1f'"$3"); }

row pascal Config.pas "const
  ApiKey = '@G@';
  DbPassword = '@P@';
  GitlabToken = '@T@';
"
row pascal-assign Unit1.pas "begin
  FClientSecret := '@G@';
  Client.Password := '@P@';
end;
"
row dfm-prop Main.dfm "object RESTClient1: TRESTClient
  ApiKey = '@G@'
  Password = '@P@'
end
"
row dfm-object Form.dfm "object Form1: TForm1
  object edtClientSecret: TEdit
    Left = 8
    Text = '@G@'
  end
  object edtDbPassword: TEdit
    Text = '@P@'
  end
end
"
row dfm-params Data.dfm "object Conn: TFDConnection
  Params.Strings = (
    'Database=orders'
    'Password=@P@'
    'api_key=@G@')
end
"
row ada keys.ads "package Keys is
   Api_Key : constant String := \"@G@\";
   Db_Password : constant String := \"@P@\";
end Keys;
"
row fortran keys.f90 "  character(len=*), parameter :: api_key = '@G@'
  character(len=32) :: db_password = \"@P@\"
"
row cobol KEYS.cbl "       01 WS-API-KEY       PIC X(24) VALUE '@G@'.
       01 WS-DB-PASSWORD   PIC X(22) VALUE \"@P@\".
"
row vb Keys.vb "    Public Const ApiKey As String = \"@G@\"
    Dim DbPassword As String = \"@P@\"
"
row vbs setup.vbs "Const CLIENT_SECRET = \"@G@\"
strPassword = \"@P@\"
"
row ps1 deploy.ps1 "\$ClientSecret = '@G@'
\$env:DB_PASSWORD = \"@P@\"
\$env:GITLAB_TOKEN = '@T@'
"
row batch env.cmd "@echo off
set API_KEY=@G@
set \"DB_PASSWORD=@P@\"
"
row tcl conf.tcl "set api_key \"@G@\"
set ::env(DB_PASSWORD) {@P@}
"
row clojure keys.clj "(def api-key \"@G@\")
(def ^:private db-password \"@P@\")
"
row elisp init.el "(setq my-api-key \"@G@\")
(defvar db-password \"@P@\")
"
row cl keys.lisp "(defparameter *client-secret* \"@G@\")
(defconstant +db-password+ \"@P@\")
"
row erlang keys.erl "-define(API_KEY, \"@G@\").
-define(DB_PASSWORD, <<\"@P@\">>).
"
row elixir keys.ex "  @client_secret \"@G@\"
  @db_password \"@P@\"
"
row haskell Keys.hs "apiKey :: Text
apiKey = \"@G@\"

dbPassword = \"@P@\"
"
row ocaml keys.ml "let api_key = \"@G@\"
let db_password = \"@P@\"
"
row fsharp Keys.fs "[<Literal>]
let ClientSecret = \"@G@\"
let dbPassword = \"@P@\"
"
row nim keys.nim "const apiKey = \"@G@\"
let dbPassword* = \"@P@\"
"
row zig keys.zig "pub const api_key: []const u8 = \"@G@\";
const db_password = \"@P@\";
const gitlab_token = \"@T@\";
"
row crystal keys.cr "API_KEY = \"@G@\"
DB_PASSWORD = \"@P@\"
"
row r keys.R "api_key <- \"@G@\"
Sys.setenv(DB_PASSWORD = \"@P@\")
"
row matlab keys.m "apiKey = '@G@';
setenv('DB_PASSWORD', '@P@');
"
row julia keys.jl "const API_KEY = \"@G@\"
ENV[\"DB_PASSWORD\"] = \"@P@\"
"
row sas load.sas "%let api_key = @G@;
%let db_password = %str(@P@);
"
row stata load.do "local api_key \"@G@\"
global db_password \"@P@\"
"
row m4 site.m4 "define(\`API_KEY', \`@G@')dnl
m4_define([DB_PASSWORD], [@P@])
"
row autoconf configure.ac "AC_INIT([x], [1.0])
AC_DEFINE([CLIENT_SECRET], [\"@G@\"], [the secret])
AS_VAR_SET([db_password], [@P@])
AC_SUBST([GITLAB_TOKEN], [@T@])
"
row cmake CMakeLists.txt "set(API_KEY \"@G@\")
set(DB_PASSWORD \"@P@\" CACHE STRING \"db\")
"
row cmake-def build.cmake "add_compile_definitions(CLIENT_SECRET=\"@G@\")
target_compile_definitions(app PRIVATE DB_PASSWORD=\"@P@\")
"
row cmake-cli build.sh "cmake -S . -B build -DAPI_KEY=@G@ -DDB_PASSWORD=@P@
"
row meson meson.build "conf.set_quoted('API_KEY', '@G@')
db_password = '@P@'
"
row bazel BUILD.bazel "cc_binary(
    name = \"app\",
    env = {\"DB_PASSWORD\": \"@P@\", \"API_KEY\": \"@G@\"},
)
"
row make Makefile "API_KEY := @G@
DB_PASSWORD ?= @P@
"
row docker Dockerfile "FROM alpine
ENV API_KEY=@G@
ARG DB_PASSWORD=@P@
ENV GITLAB_TOKEN @T@
"
row nix flake.nix "{
  environment.variables = {
    clientSecret = \"@G@\";
    DB_PASSWORD = \"@P@\";
  };
}
"
row hcl main.tf "locals {
  api_key = \"@G@\"
  db_password = \"@P@\"
}
"
row jsonnet cfg.jsonnet "local apiKey = '@G@';
{ db_password: '@P@' }
"
row dhall cfg.dhall "let apiKey = \"@G@\"
in { dbPassword = \"@P@\" }
"
row cue cfg.cue "api_key: \"@G@\"
db_password: \"@P@\"
"
row pkl Cfg.pkl "apiKey = \"@G@\"
dbPassword: String = \"@P@\"
"
row puppet init.pp "\$api_key = '@G@'
class { 'db': password => '@P@', }
"
row chef default.rb "default['app']['api_key'] = '@G@'
node.default['db']['password'] = '@P@'
"
row jinja conf.j2 "{% set api_key = '@G@' %}
{% set db_password = \"@P@\" %}
"
row ansible vars.yml "- hosts: all
  vars:
    api_key: @G@
    db_password: \"@P@\"
"
row gradle build.gradle "buildConfigField \"String\", \"API_KEY\", \"\\\"@G@\\\"\"
ext.dbPassword = '@P@'
"
row gradle-kts build.gradle.kts "buildConfigField(\"String\", \"CLIENT_SECRET\", \"\\\"@G@\\\"\")
extra[\"dbPassword\"] = \"@P@\"
"
row kotlin Keys.kt "const val API_KEY = \"@G@\"
val dbPassword: String = \"@P@\"
"
row swift Keys.swift "static let apiKey = \"@G@\"
let dbPassword: String = \"@P@\"
"
row objc Keys.m "NSString *const kClientSecret = @\"@G@\";
#define DB_PASSWORD @\"@P@\"
"
row dart keys.dart "const apiKey = '@G@';
static const String dbPassword = '@P@';
"
row scala Keys.scala "val apiKey = \"@G@\"
final val DbPassword: String = \"@P@\"
"
row perl Keys.pm "my \$api_key = '@G@';
use constant DB_PASSWORD => '@P@';
"
row php keys.php "<?php
define('API_KEY', '@G@');
const DB_PASSWORD = '@P@';
"
row c keys.h "#define API_KEY \"@G@\"
static const char *db_password = \"@P@\";
"
row cpp keys.cpp "constexpr char kClientSecret[] = \"@G@\";
const std::string db_password = \"@P@\";
"
row rust keys.rs "const API_KEY: &str = \"@G@\";
pub static DB_PASSWORD: &'static str = \"@P@\";
"
row go keys.go "package keys
const apiKey = \"@G@\"
var dbPassword = \"@P@\"
var gitlabToken = \"@T@\"
"
row java Keys.java "private static final String API_KEY = \"@G@\";
"
row csharp Keys.cs "public const string ClientSecret = \"@G@\";
"
row ahk keys.ahk "ApiKey := \"@G@\"
global DbPassword := \"@P@\"
"
row applescript keys.applescript "set apiKey to \"@G@\"
property dbPassword : \"@P@\"
"
row lua keys.lua "local api_key = \"@G@\"
M.db_password = '@P@'
"
row haxe Keys.hx "static inline var API_KEY = \"@G@\";
static var dbPassword:String = \"@P@\";
"
row solidity Keys.sol "string constant API_KEY = \"@G@\";
string private dbPassword = \"@P@\";
"
row graphql vars.json "{\"variables\": {\"apiKey\": \"@G@\", \"password\": \"@P@\"}}
"
row resx Strings.resx "<root>
  <data name=\"ApiKey\" xml:space=\"preserve\">
    <value>@G@</value>
  </data>
  <data name=\"DbPassword\"><value>@P@</value></data>
</root>
"
row plist Info.plist "<dict>
	<key>ApiKey</key>
	<string>@G@</string>
	<key>DbPassword</key>
	<string>@P@</string>
</dict>
"
row xcconfig Prod.xcconfig "API_KEY = @G@
DB_PASSWORD = @P@
"
row strings Localizable.strings "\"api_key\" = \"@G@\";
\"db_password\" = \"@P@\";
"
row vhdl keys.vhd "constant API_KEY : string := \"@G@\";
"
row d keys.d "enum apiKey = \"@G@\";
immutable string dbPassword = \"@P@\";
"
row just justfile "export API_KEY := \"@G@\"
db_password := \"@P@\"
"
row tsql seed.sql "DECLARE @ApiKey NVARCHAR(64) = N'@G@';
SET @db_password = '@P@';
"
row cfml keys.cfm "<cfset apiKey = \"@G@\">
<cfset variables.dbPassword = \"@P@\">
"
row abap keys.abap "CONSTANTS lc_api_key TYPE string VALUE '@G@'.
"
row xslt t.xsl "<xsl:variable name=\"apiKey\" select=\"'@G@'\"/>
<xsl:param name=\"db_password\">@P@</xsl:param>
"
row ant build.xml "<property name=\"api.key\" value=\"@G@\"/>
<property name=\"db.password\" value=\"@P@\"/>
"
row velocity t.vm "#set(\$apiKey = \"@G@\")
"
row freemarker t.ftl "<#assign apiKey = \"@G@\">
"
row nsis setup.nsi "!define API_KEY \"@G@\"
"
row wix Product.wxs "<Property Id=\"API_KEY\" Value=\"@G@\" />
<?define DbPassword = \"@P@\" ?>
"
row reg keys.reg "[HKEY_CURRENT_USER\\Software\\App]
\"ApiKey\"=\"@G@\"
\"DbPassword\"=\"@P@\"
"
row smalltalk Keys.st "apiKey := '@G@'.
"
row structured-text GVL.TcGVL "VAR_GLOBAL CONSTANT
    sApiKey : STRING(255) := '@G@';
END_VAR
"
row hy sync.hy "(setv api-key \"@G@\")
"
row powerquery q.pq "let
    ApiKey = \"@G@\",
    Source = 1
in Source
"
row vim local.vim "let g:api_key = '@G@'
"
row fish config.fish "set -gx API_KEY @G@
"
row q k.q "apiKey:\"@G@\"
"
row racket k.rkt "(define api-key \"@G@\")
"
row jenkins Jenkinsfile "environment {
    API_KEY = '@G@'
}
"
row conan conanfile.py "self.buildenv.define(\"API_KEY\", \"@G@\")
"
row leiningen project.clj "(defproject x \"1\" :profiles {:prod {:env {:api-key \"@G@\"}}})
"
row kdl x.kdl "api-key \"@G@\"
"
row ballerina x.bal "configurable string apiKey = \"@G@\";
"
row odin x.odin "API_KEY :: \"@G@\"
"
row ps1-splat x2.ps1 "\$params = @{ ClientSecret = '@G@'; Password = '@P@' }
"

# writes every row under $1 with the values $2 (G), $3 (P), $4 (T)
fill() {
	local r syn file text
	for r in "${ROWS[@]}"; do
		IFS=$'\x1f' read -r -d '' syn file text <<<"$r"
		text=${text%$'\n'}
		text=${text//@G@/$2}
		text=${text//@P@/$3}
		text=${text//@T@/$4}
		mk "$1/$syn/$file" "$text"
	done
}

# the table: every value found in its own file
fill table "$G" "$P" "$TK"
"$KEYHOUND" scan "$T/table" -f json --show-secrets -q -o "$T/table.json" 2>"$T/err"
for r in "${ROWS[@]}"; do
	IFS=$'\x1f' read -r -d '' syn file text <<<"$r"
	for v in G P T; do
		[ "$v" = G ] && val=$G
		[ "$v" = P ] && val=$P
		[ "$v" = T ] && val=$TK
		case "$text" in *"@$v@"*) ;; *) continue ;; esac
		check "$syn: $v found" jq -e --arg f "$T/table/$syn/$file" --arg s "$val" \
			'[.[] | select(.file == $f and .secret == $s)] | length >= 1' "$T/table.json"
	done
	check "$syn: nothing else" jq -e --arg f "$T/table/$syn/$file" --arg g "$G" --arg p "$P" \
		--arg t "$TK" '[.[] | select(.file == $f and ([.secret] | inside([$g, $p, $t]) | not))]
		| length == 0' "$T/table.json"
done

# the table again, a provider's prefixed token where the generic secret
# stood: its rule finds it in every syntax
SK=sk_live_51Rk8Vw3Nq7Zp2Lx9Tb4Mc6Yd
fill prov "$SK" changeme glpat-xxxxxxxxxxxxxxxxxxxx
"$KEYHOUND" scan "$T/prov" -f json --show-secrets -q -o "$T/prov.json" 2>"$T/err"
for r in "${ROWS[@]}"; do
	IFS=$'\x1f' read -r -d '' syn file text <<<"$r"
	case "$text" in *"@G@"*) ;; *) continue ;; esac
	check "$syn: provider token" jq -e --arg f "$T/prov/$syn/$file" --arg s "$SK" \
		'[.[] | select(.file == $f and .secret == $s and (.rule_id | startswith("stripe")))]
		 | length >= 1' "$T/prov.json"
done

# the same table, each value a placeholder, a template, empty, a mask, a
# path or a sample: quiet
fill decoy/sample your-api-key-here changeme glpat-xxxxxxxxxxxxxxxxxxxx
fill decoy/template '${API_KEY}' '${DB_PASSWORD}' '${GITLAB_TOKEN}'
fill decoy/empty '' '' ''
fill decoy/mask xxxxxxxxxxxxxxxxxxxxxxxx '********' 'glpat-********************'
fill decoy/path /run/secrets/api_key /etc/app/db_password /run/secrets/gitlab_token
fill decoy/angle '<API_KEY>' '<password>' '<gitlab-token>'
"$KEYHOUND" scan "$T/decoy" -f json --show-secrets -q -o "$T/decoy.json" 2>"$T/err"
check "decoy table: no finding" jq -e 'length == 0' "$T/decoy.json" ||
	jq -r '.[] | "  \(.file) \(.line) \(.rule_id)"' "$T/decoy.json" | head -20 >&2

# ---- Delphi and Lazarus forms: an object's name names its Text --------
mk forms/Login.lfm "object LoginForm: TLoginForm
  Caption = 'Warehouse login'
  object edSmtpPassword: TEdit
    Left = 120
    Top = 48
    Width = 200
    PasswordChar = '*'
    Text = 'Mistral-Gable-Orchid-31'
  end
  inherited edServiceToken: TMaskEdit
    Text = 'Wd8pK3vQ7zL2mX9rT4bN6cYh'
  end
end
"
"$KEYHOUND" scan "$T/forms/Login.lfm" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports lfm Mistral-Gable-Orchid-31 Wd8pK3vQ7zL2mX9rT4bN6cYh
mk decoy/forms/Settings.dfm "object SettingsForm: TSettingsForm
  object lblApiKey: TLabel
    Caption = 'Your API key'
  end
  object edtApiKey: TEdit
    Text = ''
    TextHint = 'paste the key here'
  end
  object edtApiKeyFile: TEdit
    Text = 'C:\\ProgramData\\Route\\api.key'
  end
  object edtSecretHint: TEdit
    Text = '<client secret>'
  end
  object edtUserName: TEdit
    Text = 'Hq7wK2mZ9pLv4XtB8nYc'
  end
  object edtToken: TEdit
    Text = 'changeme'
  end
end
"
silent decoy/forms/Settings.dfm

# ---- m4 and autoconf: a macro's quoted name and value -----------------
mk m4/acinclude.m4 "m4_define([relay_auth_token], [Yt6nR3kW8pQ2mV9xL4bZ7cJd])
AC_DEFINE_UNQUOTED([SMTP_PASSWORD], [\"Tamarind-Quiver-Basalt-64\"], [relay login])
define(\`UPLOAD_SECRET', \`Kp3xW9mQ2vL7rZ4tB8nYc6Hd')dnl
"
"$KEYHOUND" scan "$T/m4/acinclude.m4" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports m4 Yt6nR3kW8pQ2mV9xL4bZ7cJd Tamarind-Quiver-Basalt-64 Kp3xW9mQ2vL7rZ4tB8nYc6Hd
mk decoy/m4/configure.ac "AC_ARG_VAR([RELAY_API_KEY], [the relay key, from the environment])
AC_DEFINE([HAVE_API_KEY], [1], [Define if an API key is compiled in])
AC_SUBST([RELAY_API_KEY])
AC_DEFINE([API_KEY_FILE], [\"/etc/relay/api.key\"], [where the key lives])
AC_DEFINE([API_KEY_HEADER], [\"X-Relay-Api-Key\"], [the header])
define(\`RELAY_TOKEN', \`\$1')dnl
m4_define([SMTP_PASSWORD], [changeme])
AS_VAR_SET([relay_token], [\$RELAY_TOKEN])
AC_ARG_WITH([api-key], [AS_HELP_STRING([--with-api-key=KEY], [the key])])
"
silent decoy/m4/configure.ac

# ---- SAS's macro quoting, Common Lisp's +constants+ --------------------
mk sas/extract.sas "%let sftp_password = %nrstr(Walnut-Ferry-Cinder-72);
%let vendor_api_token = %str(Jx5mT8qW2vR9kL3pZ7nB4cYd);
"
"$KEYHOUND" scan "$T/sas/extract.sas" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports sas Walnut-Ferry-Cinder-72 Jx5mT8qW2vR9kL3pZ7nB4cYd
mk decoy/sas/extract.sas "%let sftp_password = %sysget(SFTP_PASSWORD);
%let vendor_api_token = %str();
%let token_ttl = %str(3600);
%let api_key = %superq(API_KEY);
"
silent decoy/sas/extract.sas
mk lisp/relay.lisp "(defconstant +relay-api-secret+ \"Zr4wN7kQ2mX9vT3pL8bY6cHd\")
"
generic lisp/relay.lisp 1 Zr4wN7kQ2mX9vT3pL8bY6cHd
mk decoy/lisp/relay.lisp "(defconstant +api-key-header+ \"X-Relay-Api-Key\")
(defconstant +token-length+ 32)
(defconstant +relay-api-secret+ (uiop:getenv \"RELAY_API_SECRET\"))
"
silent decoy/lisp/relay.lisp

# ---- a shell's export in a string --------------------------------------
mk nix/shell.nix "pkgs.mkShell {
  shellHook = \"export RELAY_API_TOKEN=Qw3rT8yU2iO7pA4sD9fG6hJk\";
}
"
generic nix/shell.nix 2 Qw3rT8yU2iO7pA4sD9fG6hJk
mk decoy/nix/shell.nix "pkgs.mkShell {
  shellHook = \"export RELAY_API_TOKEN=\$(cat /run/secrets/relay)\";
  hook2 = \"export RELAY_API_TOKEN=\${relayToken}\";
  hook3 = \"export API_TOKEN_FILE=/run/secrets/relay-token\";
}
"
silent decoy/nix/shell.nix

# ---- a script's command in a JSON string, a serializer around a literal
mk js/deno.json '{"tasks": {"serve": "RELAY_API_TOKEN=Mz8kQ3wR7vL2pX9tB4nY6cHd deno run -A main.ts"}}
'
generic js/deno.json 1 Mz8kQ3wR7vL2pX9tB4nY6cHd
mk js/webpack.config.js 'module.exports = { plugins: [new webpack.DefinePlugin({
  RELAY_CLIENT_SECRET: JSON.stringify("Lp4wX9mR2kQ7vT3zB8nY5cHd"),
})] };
'
generic js/webpack.config.js 2 Lp4wX9mR2kQ7vT3zB8nY5cHd
mk decoy/js/package.json '{"scripts": {
  "start": "API_KEY=$API_KEY node index.js",
  "dev": "API_KEY=${API_KEY:-} node index.js",
  "demo": "API_KEY=your-api-key node index.js",
  "prod": "API_KEY_FILE=/run/secrets/api_key node index.js",
  "ttl": "TOKEN_TTL=3600 node index.js"
}}
'
silent decoy/js/package.json
mk decoy/js/webpack.config.js 'new webpack.DefinePlugin({
  API_KEY: JSON.stringify(process.env.API_KEY),
  TOKEN_URL: JSON.stringify("https://auth.example.com/token"),
  API_SECRET: JSON.stringify("changeme"),
});
'
silent decoy/js/webpack.config.js

# ---- .NET's SetEnvironmentVariable with its target ---------------------
mk ps/profile.ps1 '[Environment]::SetEnvironmentVariable("RELAY_API_KEY", "Vb7nQ2wK9mX4rT8zL3pY6cHd", "User")
[System.Environment]::SetEnvironmentVariable("SMTP_PASSWORD", "Juniper-Anvil-Tundra-19", "Machine")
'
"$KEYHOUND" scan "$T/ps/profile.ps1" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "SetEnvironmentVariable" Vb7nQ2wK9mX4rT8zL3pY6cHd Juniper-Anvil-Tundra-19
mk decoy/ps/profile.ps1 "[Environment]::SetEnvironmentVariable('RELAY_API_KEY', \$key, 'User')
[Environment]::SetEnvironmentVariable(\"RELAY_API_KEY\", \"your-api-key\", \"User\")
[Environment]::SetEnvironmentVariable(\"SMTP_PASSWORD\", \$null, \"Machine\")
\$labels = @(\"api_key\", \"password\", \"User\")
"
silent decoy/ps/profile.ps1

# ---- weak names in a provider's context: a call's argument, a
# definition's word, other languages' comment marks ---------------------
EK=9Q2WJ7K4ZPX8MB3VNT6RYC5HLD1SFG0AEU
mk weak/app.gradle "        // etherscan
        resValue(\"string\", \"KEY\", \"\\\"$EK\\\"\")
"
"$KEYHOUND" scan "$T/weak/app.gradle" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: call argument" "$EK"
mk weak/keys.erl "% etherscan
-define(KEY, \"$EK\").
"
"$KEYHOUND" scan "$T/weak/keys.erl" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: erlang define" "$EK"
mk weak/keys.clj ";; etherscan
(def key \"$EK\")
"
"$KEYHOUND" scan "$T/weak/keys.clj" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: definition's word" "$EK"
mk weak/keys.f90 "  ! etherscan
  character(len=*), parameter :: key = '$EK'
"
"$KEYHOUND" scan "$T/weak/keys.f90" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: fortran comment" "$EK"
mk weak/keys.ml "(* etherscan *)
let key = \"$EK\"
"
"$KEYHOUND" scan "$T/weak/keys.ml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: ocaml comment" "$EK"
mk weak/deploy.ps1 "# etherscan
\$Key = '$EK'
"
"$KEYHOUND" scan "$T/weak/deploy.ps1" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: powershell variable" "$EK"
mk weak/keys.adb "   -- etherscan
   Key : constant String := \"$EK\";
"
"$KEYHOUND" scan "$T/weak/keys.adb" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: a declaration's type" "$EK"
mk weak/Keys.vb "' etherscan
Const Key As String = \"$EK\"
"
"$KEYHOUND" scan "$T/weak/Keys.vb" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: VB's As" "$EK"
mk weak/CMakeLists.txt "# etherscan
set(KEY \"$EK\")
"
"$KEYHOUND" scan "$T/weak/CMakeLists.txt" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: cmake set" "$EK"
mk weak/build.gradle.kts "// etherscan
extra[\"key\"] = \"$EK\"
"
"$KEYHOUND" scan "$T/weak/build.gradle.kts" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: an index's name" "$EK"
mk weak/load.sas "* etherscan;
%let key = $EK;
"
"$KEYHOUND" scan "$T/weak/load.sas" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "weak: sas %let" "$EK"
mk decoy/weak/keys.adb "   -- etherscan
   Key : constant String := \"3d0a2d8d-9ab3-4f79-8a55-34f90595451a\";
   Key : constant String := Ada.Environment_Variables.Value (\"ETHERSCAN_KEY\");
"
silent decoy/weak/keys.adb
mk decoy/weak/app.gradle "        // etherscan
        resValue(\"string\", \"KEY\", \"\\\"\${System.getenv(\"ETHERSCAN_KEY\")}\\\"\")
        resValue(\"string\", \"KEY\", \"\\\"3d0a2d8d-9ab3-4f79-8a55-34f90595451a\\\"\")
"
silent decoy/weak/app.gradle
mk decoy/weak/keys.clj ";; etherscan
(def key (System/getenv \"ETHERSCAN_KEY\"))
(def key \"YOUR_ETHERSCAN_KEY_HERE\")
"
silent decoy/weak/keys.clj
mk decoy/weak/notes.ps1 "# etherscan
Write-Host \$Key '0x3acc78f4d18a2dafd56843dd49c699822e3edcae55b47ba71225ff28a19d025f'
"
silent decoy/weak/notes.ps1

finish e2e_syntaxes28
