#!/usr/bin/env bash
# End-to-end tests of wave 35's cheaper notes readers (speed35b): each
# reader of notes is now called only on lines that pass a cheap question
# asked first (the line below a label one token alone, a ": " on a line
# for a label's login, a lead's word start and what follows it), so these
# check that each question lets its reader's logins by where a line is
# CRLF-ended, indented, a definition list's ": X", a token longer than
# the 16 bytes a step the first word is found in, at the file's start or
# after a '('. None is new (all pass on v0.33.0): a build whose questions
# refuse every line fails the six positives. Hard negatives: a value
# below a label followed by more words, or below an empty line, and
# leads in prose ("this is admin/docs"). Every value is generated for
# this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a label's values alone on the lines below it ------------------------
mk notes/crew-crlf.txt $'Shared tablet login for the crews:\r\nkioskops\r\nWXN27mYBT5kio8\r\n'
generic notes/crew-crlf.txt 3 WXN27mYBT5kio8

mk notes/handover.md $'user: kioskops\n    4yXA26QwGpVvVZ   \n'
generic notes/handover.md 2 4yXA26QwGpVvVZ

mk docs/kiosk.rst $'Kiosk admin password\n: DBgTR0imP21wvb\n'
generic docs/kiosk.rst 2 DBgTR0imP21wvb

mk notes/lab.txt $'Lab admin password\n        mEfSk6ZJo0gyd4GesIrW6O\n'
generic notes/lab.txt 2 mEfSk6ZJo0gyd4GesIrW6O

mk notes/retired.txt $'Lab admin password\n        8DBE8LX5PJQQvBWW5S3DJb is retired now\n'
silent notes/retired.txt

mk notes/gap.txt $'Admin password\n\n        8DBE8LX5PJQQvBWW5S3DJb\n'
silent notes/gap.txt

# ---- logins words lead into, and a label's login after ": " --------------
mk notes/leads.txt $'u: ops7 p: W7k884ldqPKQYe\nthe web UI (is admin/WRev7pnKCHuZN9)\n'
generic notes/leads.txt 1 W7k884ldqPKQYe
generic notes/leads.txt 2 WRev7pnKCHuZN9

mk notes/prose.txt $'The manual for this is admin/docs and that was admin/guide.\nIt has u:ops in it.\n'
silent notes/prose.txt

mk notes/nas.txt $'Reached the NAS today.\nlogin: opsnight UZBUqMyjuCb2cx\n'
generic notes/nas.txt 2 UZBUqMyjuCb2cx

finish e2e_speed35b
