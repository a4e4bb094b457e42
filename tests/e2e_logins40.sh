#!/usr/bin/env bash
# End-to-end tests of wave 40's cheaper per-file set-up of the notes
# readers (logins40): kh_shape_login_file decides a name's kind by its
# extension's length and folded bytes (word_in() over four lists was
# asked of every file), and kh_shape_logins reads no notes file under 8
# bytes (each pass's value is 8 bytes or more). These hold the edges:
# every notes extension in another case, their near misses (.mdx, .tx,
# .txt2, .htmlx), a list's name with no extension, .txt, .md or its own
# (.password, .Passwords) and not .json, users' hashes by extension and
# by name, a chat export's JSON by its folder; notes files of 0, 1, 2
# and 7 bytes (silent) and the shortest logins that still give a value,
# with and without a last newline; a label and its value alone below it
# where the label's line ends at a 64-byte block's edge. None is new (all
# pass on kh-w40base): a speed change; a check build that ran the passes
# on every short file and aborted on a line emitted is the evidence
# (doc/performance.md, "Wave 40: logins40"). Every value is generated
# for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Kz9!Qw2Lx7Vm'

# ---- notes by extension, in any case; near misses are no notes ---------------
for f in notes.txt notes.TXT a.Md b.RsT c.org d.eml e.ICS f.htm g.rtf h.tex i.text \
	j.adoc k.mbox l.enex m.HTML n.wiki o.jsonl p.ndjson q.markdown r.MediaWiki; do
	mk "ext/$f" "snowops / $PW"$'\n'
	generic "ext/$f" 1 "$PW"
done
for f in s.mdx t.tx u.txt2 v.htmlx w.c x.h y.json z.yml noext; do
	mk "miss/$f" "snowops / $PW"$'\n'
	silent "miss/$f"
done

# ---- a file named for logins: its own line shape -----------------------------
for f in Wi-Fi.txt creds creds.md LOGINS.txt publish.password x.Passwords; do
	mk "list/$f" "snowops $PW"$'\n'
	generic "list/$f" 1 "$PW"
done
for f in creds.json xcreds.txt cred.txt wif.md; do
	mk "nolist/$f" "snowops $PW"$'\n'
	silent "nolist/$f"
done

# ---- users' hashes: the comments' logins --------------------------------------
for f in .htpasswd htpasswd mosq.PASSWD site.htpasswd; do
	mk "hashes/$f" "# snowops / $PW"$'\nsnowops:$apr1$abc$def\n'
	generic "hashes/$f" 1 "$PW"
done
mk hashes/htpasswdx "# snowops / $PW"$'\nsnowops:$apr1$abc$def\n'
silent hashes/htpasswdx

# ---- a chat export's JSON by its folder, not a plain JSON ---------------------
mk chat-export/a.json "[{\"text\": \"snowops / $PW\"}]"$'\n'
generic chat-export/a.json 1 "$PW"
mk plain/a.json "[{\"text\": \"snowops / $PW\"}]"$'\n'
silent plain/a.json

# ---- tiny notes files: silent; the shortest logins with and without '\n' -----
mk tiny/empty.txt ''
silent tiny/empty.txt
mk tiny/one.txt 'x'
silent tiny/one.txt
mk tiny/two.txt $'x\n'
silent tiny/two.txt
mk tiny/seven.md $'a / b1!\n'
silent tiny/seven.md
mk tiny/slash.txt "ops / $PW"
generic tiny/slash.txt 1 "$PW"
mk tiny/slash-nl.txt "ops / $PW"$'\n'
generic tiny/slash-nl.txt 1 "$PW"
mk tiny/lead.txt "is admin/$PW"
generic tiny/lead.txt 1 "$PW"
mk tiny/u.txt "u: ops p: $PW"
generic tiny/u.txt 1 "$PW"

# ---- a label and its value alone below it, the label's line ending at a
# 64-byte block's edge (its '\n' at byte 62, 63, 64), with and without a
# last newline -------------------------------------------------------------
for n in 62 63 64; do
	pad=$(printf '%*s' $((n - 15)) '' | tr ' ' 'x')
	mk "edge/$n.txt" "$pad"$'\nAdmin password\n  '"$PW"
	generic "edge/$n.txt" 3 "$PW"
	mk "edge/$n-nl.txt" "$pad"$'\nAdmin password\n  '"$PW"$'\n'
	generic "edge/$n-nl.txt" 3 "$PW"
done

finish e2e_logins40
