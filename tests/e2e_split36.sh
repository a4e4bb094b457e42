#!/usr/bin/env bash
# End-to-end tests of wave 36's joined literals (split36): a value that
# code continues over lines by concatenation is read whole, reported at
# its first piece's line and column, and its pieces alone are not
# reported. The shapes: an operator at a line's end or at the next one's
# start (Java, C#, JS, TS, Kotlin, Go, Swift, Dart: `+`; PHP's and Perl's
# `.`; Lua's `..`; SQL's `||`; VB's `&` and `& _`; a trailing `\` in Ruby),
# C#'s @"…" pieces, JS template literals without `${}`, Python's literals
# in parentheses (an assignment's or a call's), C's adjacent literals; a
# provider's token split in two. Hard negatives: a literal joined to a
# variable ("Bearer " + token), messages and SQL text joined over lines,
# a URL with its query piece, hashes joined to their algorithm, lists of
# short ids (commas), words joined, a placeholder split in two, a CSV row
# after a row ending in a quoted field, and a join under a name that says
# no credential. Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# joined FILE LINE VALUE PIECE: VALUE reported once, on LINE, at the
# column where PIECE (its first piece) stands, and PIECE alone nowhere.
joined() {
	local col
	col=$(sed -n "$2p" "$T/$1" | awk -v k="$4" '{ print index($0, k) }')
	scan_check "$1: $3 at $2:$col" "$1" \
		'([.[] | select(.secret == $s)] | length == 1 and .[0].line == $l
		  and .[0].column == $c) and ([.[] | select(.secret == $p)] | length == 0)' \
		--arg s "$3" --arg p "$4" --argjson l "$2" --argjson c "$col"
}

# ---- an operator at the line's end ---------------------------------------
mk src/AuthorityClient.java 'class AuthorityClient {
    private static final String API_KEY = "6Ln272WZ38jkhnSusM5H" +
        "7UESS4IuxRPqb6SMU0tV";
}
'
joined src/AuthorityClient.java 2 6Ln272WZ38jkhnSusM5H7UESS4IuxRPqb6SMU0tV 6Ln272WZ38jkhnSusM5H

mk src/authority.go 'package authority

const authToken = "9EAhsPXvT7dER05AmQPr" +
	"lOJhdvApW3kUYaUBrQDE"
'
joined src/authority.go 3 9EAhsPXvT7dER05AmQPrlOJhdvApW3kUYaUBrQDE 9EAhsPXvT7dER05AmQPr

mk web/config.ts 'export const clientSecret = `xuDelOwIMK6WeYHcF0DV` +
  `n9iQm7eFyOpyP3kNOiDm`;
'
joined web/config.ts 1 xuDelOwIMK6WeYHcF0DVn9iQm7eFyOpyP3kNOiDm xuDelOwIMK6WeYHcF0DV

mk app/Keys.swift 'let apiSecret = "Jn8qRim0bohUQgPeNTfs" +
    "i5HEl3g4j81snTsYew1i"
'
joined app/Keys.swift 1 Jn8qRim0bohUQgPeNTfsi5HEl3g4j81snTsYew1i Jn8qRim0bohUQgPeNTfs

mk lib/env.dart "const String apiKey = 'vdtY6KL0SR6yeez6ZoKQ' +
    'YLVgfWKe6LrAYOZdbFtw';
"
joined lib/env.dart 1 vdtY6KL0SR6yeez6ZoKQYLVgfWKe6LrAYOZdbFtw vdtY6KL0SR6yeez6ZoKQ

mk www/settings.php "<?php
\$api_key = 'pEWqc3UzJ8TRaaMd1isT' .
    'IEULxbaznHFZgADj3hSR';
"
joined www/settings.php 2 pEWqc3UzJ8TRaaMd1isTIEULxbaznHFZgADj3hSR pEWqc3UzJ8TRaaMd1isT

mk conf/nvim.lua 'local api_secret = "3Gy0f53T8Kx9SzCTggWA" ..
  "5c6oqDHdpQSoCQW7KDZ8"
'
joined conf/nvim.lua 1 3Gy0f53T8Kx9SzCTggWA5c6oqDHdpQSoCQW7KDZ8 3Gy0f53T8Kx9SzCTggWA

mk db/seed.sql "UPDATE settings SET api_token = 'sTw6iBo2v0PtgXSN7k0o' ||
  'ZiFmtHdTxVB0Vh2xT9VA' WHERE id = 1;
"
joined db/seed.sql 1 sTw6iBo2v0PtgXSN7k0oZiFmtHdTxVB0Vh2xT9VA sTw6iBo2v0PtgXSN7k0o

mk legacy/Module1.vb 'Module Module1
    Const ApiKey As String = "WMnr91X30TFCVTMkdDiJ" & _
        "8IWLPvJ2hFF4OgBRs9Qz"
End Module
'
joined legacy/Module1.vb 2 WMnr91X30TFCVTMkdDiJ8IWLPvJ2hFF4OgBRs9Qz WMnr91X30TFCVTMkdDiJ

mk config/initializers/api.rb 'ACCESS_TOKEN = "qH9lVZO92qx3cfZetvi1" \
  "sFGUzwhn5KKZJFrD4Mzg"
'
joined config/initializers/api.rb 1 qH9lVZO92qx3cfZetvi1sFGUzwhn5KKZJFrD4Mzg qH9lVZO92qx3cfZetvi1

# ---- the operator at the next line's start -------------------------------
mk app/src/Config.kt 'object Config {
    val apiToken = "bI2BFwyYNkd2HYCOYTty"
        + "YcElsRgO2Yr7aJAKrVON"
}
'
joined app/src/Config.kt 2 bI2BFwyYNkd2HYCOYTtyYcElsRgO2Yr7aJAKrVON bI2BFwyYNkd2HYCOYTty

mk scripts/deploy.pl 'my $secret_key = "PxJL66aQRUuQO55GAK5J"
  . "LK52ydB3NEIGxJ1DsCRk";
'
joined scripts/deploy.pl 1 PxJL66aQRUuQO55GAK5JLK52ydB3NEIGxJ1DsCRk PxJL66aQRUuQO55GAK5J

# ---- C#'s @"…" pieces under a name alone on its line -----------------------
mk dotnet/Secrets.cs 'static class Secrets
{
    public const string ClientSecret =
        @"dgTUZKvcZl8dLPOqJdad" +
        @"uODgbZHq2oWMi6k0PCAu";
}
'
joined dotnet/Secrets.cs 4 dgTUZKvcZl8dLPOqJdaduODgbZHq2oWMi6k0PCAu dgTUZKvcZl8dLPOqJdad

# ---- Python's literals in parentheses, C's adjacent literals -------------
mk py/settings.py 'SERVICE_TOKEN = (
    "Jo5tHNehgX1bBJE6Rc8t"
    "UOholdjvR11EQl1mgi74"
)
'
joined py/settings.py 2 Jo5tHNehgX1bBJE6Rc8tUOholdjvR11EQl1mgi74 Jo5tHNehgX1bBJE6Rc8t

mk py/client.py 'client = Client(api_token=
    "J29iX7zheI31tRHwZ0VG"
    "IIrR8uJJQW0z4PTckZ4u")
'
joined py/client.py 2 J29iX7zheI31tRHwZ0VGIIrR8uJJQW0z4PTckZ4u J29iX7zheI31tRHwZ0VG

mk c/config.c 'static const char *api_key = "vA7qKwqiwrcj59ep9KH6"
                             "LyRaFqWBLSDWWUl9BSxw";
'
joined c/config.c 1 vA7qKwqiwrcj59ep9KH6LyRaFqWBLSDWWUl9BSxw vA7qKwqiwrcj59ep9KH6

# ---- the first piece after the opening parenthesis, three pieces, VB's
# `_` then `&` below, a property of an object literal ----------------------
mk py/settings2.py 'SERVICE_TOKEN = ("Jn8qRim0bohUQgPeNTfs"
                 "YLVgfWKe6LrAYOZdbFtw")
'
joined py/settings2.py 1 Jn8qRim0bohUQgPeNTfsYLVgfWKe6LrAYOZdbFtw Jn8qRim0bohUQgPeNTfs

mk scala/Conf.scala 'val accessToken: String = "3Gy0f53T8Kx9SzCTggWA" +
  "5c6oqDHdpQSoCQW7KDZ8" +
  "sTw6iBo2v0PtgXSN7k0o"
'
joined scala/Conf.scala 1 3Gy0f53T8Kx9SzCTggWA5c6oqDHdpQSoCQW7KDZ8sTw6iBo2v0PtgXSN7k0o 3Gy0f53T8Kx9SzCTggWA

mk legacy/Form1.vb 'Dim apiSecret As String = "qH9lVZO92qx3cfZetvi1" _
    & "8IWLPvJ2hFF4OgBRs9Qz"
'
joined legacy/Form1.vb 1 qH9lVZO92qx3cfZetvi18IWLPvJ2hFF4OgBRs9Qz qH9lVZO92qx3cfZetvi1

mk web/client.js 'const config = {
  apiKey: "PxJL66aQRUuQO55GAK5J" +
    "n9iQm7eFyOpyP3kNOiDm",
  retries: 3,
};
'
joined web/client.js 2 PxJL66aQRUuQO55GAK5Jn9iQm7eFyOpyP3kNOiDm PxJL66aQRUuQO55GAK5J

# ---- CRLF line ends -------------------------------------------------------
mk win/Keys.cs "$(printf 'class Keys {\r\n    const string ApiToken = "aU5DzUaLP2opkSeZBqOS" +\r\n        "mJXZwV89LXZ3A7OONHJP";\r\n}\r\n')"
joined win/Keys.cs 2 aU5DzUaLP2opkSeZBqOSmJXZwV89LXZ3A7OONHJP aU5DzUaLP2opkSeZBqOS

# ---- a provider's token split in two: its own rule, whole ----------------
mk py/billing.py 'gateway = StripeClient(
    "sk_live_aU5DzUaLP2opkSeZBqOS"
    "8tYp0w62pXek1lqJZxxB")
'
scan_check "py/billing.py: the key whole, by its rule" py/billing.py \
	'[.[] | select(.secret == "sk_live_aU5DzUaLP2opkSeZBqOS8tYp0w62pXek1lqJZxxB")]
	 | length == 1 and .[0].rule_id == "stripe-secret-key" and .[0].line == 2
	 and .[0].column == 6'

# ---- joined on one line: the whole value, not its first piece ------------
mk src/OneLine.java 'class OneLine {
    static final String API_KEY = "ZQszTkYRRDshAahJGoU0" + "Gcj2uIYUziP0hAkxhAya";
}
'
joined src/OneLine.java 2 ZQszTkYRRDshAahJGoU0Gcj2uIYUziP0hAkxhAya ZQszTkYRRDshAahJGoU0

# ---- hard negatives -------------------------------------------------------
mk neg/Headers.java 'class Headers {
    String authHeader = "Bearer " +
        token;
    String authToken = "Token " +
        System.getenv("SERVICE_TOKEN");
}
'
silent neg/Headers.java

mk neg/Messages.java 'class Messages {
    void f() {
        throw new IOException("Could not read " +
            "the password file at " + path);
        log.error("Invalid token: the server rejected " +
            "the credentials supplied");
        String passwordHint = "Use at least twelve characters, " +
            "mixing letters and digits";
    }
}
'
silent neg/Messages.java

mk neg/Queries.java 'class Queries {
    static final String PASSWORD_QUERY = "SELECT password_hash FROM users " +
        "WHERE username = ? AND active = 1";
    static final String TOKEN_URL = "https://auth.example.com/oauth/token" +
        "?grant_type=client_credentials&scope=read";
}
'
silent neg/Queries.java

mk neg/ids.py 'API_KEYS = [
    "a1b2c3d4e5",
    "c3d4e5f6a7",
]
token_ids = (
    "tok_1",
    "tok_2",
)
'
silent neg/ids.py

mk neg/placeholders.js 'const apiKey = "your-api-" +
  "key-here";
const secretToken = "<insert-" +
  "token-here>";
const API_TOKEN = "xxxxxxxxxxxxxxxx" +
  "xxxxxxxxxxxxxxxx";
const tokenLabel = "access" +
  "token";
'
silent neg/placeholders.js

mk neg/digest.js 'const secretFileSha = "sha256:" +
  "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
'
silent neg/digest.js

mk neg/usage.c 'static const char *usage =
	"usage: tool [--password FILE] [--token T]\n"
	"  reads the credentials from FILE\n";
#define TOKEN_HELP "the token is read " \
	"from the environment"
'
silent neg/usage.c

mk neg/help.py 'PASSWORD_HELP = (
    "Your password must contain at least eight characters "
    "including one digit and one upper-case letter."
)
'
silent neg/help.py

mk neg/notcred.go 'const greeting = "yKNOJugwCZ4PLeomlHrn" +
	"mJXZwV89LXZ3A7OONHJP"
'
silent neg/notcred.go

mk neg/refs.js 'const secretKeyRef = "sha256:9f86d081884c7d659a2feaa0c55ad015" +
  "-build-4411";
const API_TOKEN = "your-api-token-" +
  "goes-here";
const tokenCacheKey = "tokens/" +
  "session-cache-v2";
'
silent neg/refs.js

mk neg/urls.py 'PASSWORD_RESET_URL = ("https://accounts.example.com/reset"
                      "?next=/home&lang=en")
TOKEN_FMT = ("%s:%s"
             "%d")
'
silent neg/urls.py

mk neg/board.csv 'title,state,owner,notes
"Move printers to new VLAN",Todo,Dave,"see the password vault entry"
"Renew Webfleet contract",Done,wojciech,"login moved to the vault"
'
silent neg/board.csv
flush_scans

finish "e2e_split36"
