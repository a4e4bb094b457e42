#!/usr/bin/env bash
# End-to-end tests of the any-glue reader: a credential's name, a glue no
# language reader knows (NASM's db, COBOL's PIC X(20) VALUE, a Prolog
# fact's bracket, Stata's blank, SAS's %let name=value;), then a literal
# the value judge decides. Decoys: comparisons, calls inside a statement,
# arguments after a comma, words that are no glue, placeholders.
. "$(dirname "$0")/lib.sh"
batch_scans

V=Rk4Tz8Wq2Lm6Xp9Vb3Nc7Hd5Jf1Gy0Qs # 32 random letters and digits
W=Hm3Qx7Lz2Vt9Kb5Wr8Np4Yc6Jd1Fg    # 30 of them
P=Qx7Lz2Vt9Kb5Wr8Np4Yc               # 20: a COBOL picture's width

# NASM: a data directive between the name and its string
mk asm/a.asm "section .data
api_key db \"$V\", 0
auth_token:  dq \"$W\"
"
found asm/a.asm 2 generic-secret "$V"
found asm/a.asm 3 generic-secret "$W"
# COBOL: a level number before, a picture clause and VALUE after
mk cob/a.cbl "       WORKING-STORAGE SECTION.
       05 WS-PASSWORD PIC X(20) VALUE \"$P\".
"
found cob/a.cbl 2 generic-secret "$P"
# Prolog: a fact whose name starts the statement
mk pl/a.pro "api_secret('$V').
"
found pl/a.pro 1 generic-secret "$V"
# Stata's local, a blank its only glue
mk do/a.do "local api_token \"$W\"
"
found do/a.do 1 generic-secret "$W"
# SAS's %let: a bare value that ends the statement
mk sas/a.sas "%let api_key=$V;
"
found sas/a.sas 1 generic-secret "$V"
mk sas/b.sas "%let auth_token = 7$W;
"
found sas/b.sas 1 generic-secret "7$W"
# R's <- assignment
mk r/a.R "github_token <- \"$W\"
"
found r/a.R 1 generic-secret "$W"
# Elm: an = that ends the line, the literal alone below it
mk elm/a.elm "module Config exposing (apiKey)


apiKey : String
apiKey =
    \"$V\"
"
found elm/a.elm 6 generic-secret "$V"

# decoys: a glue that compares, calls a function inside a statement, takes
# the next argument, a word that is no glue, a name in a string, values
# the judge turns down
mk decoy/a.py "assert token != \"$V\"
if api_key == \"$V\": pass
h = hash_password(\"$V\")
verify(token, \"$W\")
if key in \"$W\":
log.info(\"token refreshed\")
print(\"api_key %s\" % \"$W\")
key = os.getenv(\"API_KEY\")
token = re.compile(\"[A-Za-z0-9]{32}\")
api_key = response.data.key;
password = process.env.DB_PASSWORD;
api_key < \"$W\"
token or \"$W\"
"
silent decoy/a.py
mk decoy/b.asm "api_key db \"YOUR_API_KEY_HERE\", 0
password db \"changeme\", 0
"
silent decoy/b.asm
mk decoy/c.sas "%let api_key=&sysparm;
%let password=%sysget(DB_PASSWORD);
"
silent decoy/c.sas
# a bare value that is a constant's or a variable's name: a reference
mk decoy/e.js "exports.K8S_VOLUME_TYPE_VALUE_SECRET = K8S_VOLUME_TYPE_VALUE_SECRET;
const api_key = db_api_key_v2;
"
silent decoy/e.js
# a name in a message: words, whatever follows
mk decoy/f.rb "puts \"your api_key is '$V'\"
"
silent decoy/f.rb
# below an = that ends the line: a call, a literal with more after it,
# words
mk decoy/g.elm "apiKey =
    getApiKey config
authToken =
    \"$V\" ++ suffix
password =
    \"see the settings page\"
"
silent decoy/g.elm
mk decoy/d.cbl "       05 WS-PASSWORD PIC X(20) VALUE SPACES.
       05 WS-TOKEN PIC X(8) VALUE \"PASSWORD\".
"
silent decoy/d.cbl

finish e2e_anyglue
