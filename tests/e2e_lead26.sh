#!/usr/bin/env bash
# End-to-end tests of what the lead added in wave 26: a table whose
# separator row joins its columns with '+' (Org mode, the mysql client's
# output) is read as a Markdown table is, each row's cell under a
# password's column its value; MySQL's SET PASSWORD; a password holding
# '%' and the hex of a letter or digit (the decoder makes no decoded copy
# of it). Decoys: a hash column, a table without a credential's column,
# PostgreSQL's stored md5 form, a hash given to SET PASSWORD.
. "$(dirname "$0")/lib.sh"
batch_scans

mk notes/panels.org '* Panels
| device     | user  | password     |
|------------+-------+--------------|
| HMI east   | admin | Vt8-kLq2wZr9 |
| HMI west   | oper  | m4Rs!Tq7nYe2 |
'
generic notes/panels.org 4 Vt8-kLq2wZr9
generic notes/panels.org 5 "m4Rs!Tq7nYe2"
mk notes/session.txt 'mysql> select user, password from kiosk_users;
+--------+---------------+
| user   | password      |
+--------+---------------+
| kiosk1 | Qw7rTz3pLx9v  |
+--------+---------------+
1 row in set (0.00 sec)
'
generic notes/session.txt 5 Qw7rTz3pLx9v
mk db/reset.sql "SET PASSWORD FOR 'audit'@'10.8.%' = 'Heron!quill2031';
"
found db/reset.sql 1 dbclient-sql-set-password 'Heron!quill2031'
mk db/cron.sql "SET PASSWORD FOR 'cron'@'localhost' = 'Nq4%72wLp9Zx';
"
found db/cron.sql 1 dbclient-sql-set-password 'Nq4%72wLp9Zx'

mk neg/hashes.txt '+--------+-------------------------------------------+
| user   | password                                  |
+--------+-------------------------------------------+
| kiosk1 | *5587C881353BB260EDE7C70D2AD3B0C32BC55FAA |
+--------+-------------------------------------------+
'
silent neg/hashes.txt
mk neg/lifts.org '| lift   | rope  | tension  |
|--------+-------+----------|
| Summit | Wk8Lq2 | Tq7rXz3pLm9v |
'
silent neg/lifts.org
mk neg/legacy.sql "SET PASSWORD FOR 'old'@'%' = '*6A7A490FB9DC8C33C2B025A91737077A7E9CC5E5';
ALTER ROLE legacy PASSWORD 'md50b563cef85242a6391a7e0b8e3a4c2d1';
"
silent neg/legacy.sql

finish e2e_lead26
