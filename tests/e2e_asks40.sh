#!/usr/bin/env bash
# End-to-end tests of wave 40's cheaper refusals of a generic keyword's ask
# (asks40): copy_name_end() (shape_words.c) refuses a name whose last two
# letters end no copy word (old, prod, staging, ... and "only") before it
# walks back over the name's last word; command_named() (shape_names.c)
# looks for the line's '|' once and finds the name's end only on a line
# with a pipe or a here-string. The values next to them are still found:
# names with a copy word after the credential's word, commands that read a
# password on a pipe or a here-string, a password flag. Decoys: a name that
# ends in a copy word's last letters but is none (api_key_bold), kernel C
# with '>' and '|' before a keyword. None is new (all pass on kh-w40base: a
# speed change; the check build, doc/performance.md, is the evidence).
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- names with a copy word: the credential's word before it is read ----------
# (FILE, its line, the value on it)
while IFS='|' read -r f line v; do
	mk "c/$f" "$line"$'\n'
	found "c/$f" 1 generic-secret "$v"
done <<'CASES'
old.py|API_KEY_OLD = "Zq9fK2mLx7Rt4Vw1Yb3N"|Zq9fK2mLx7Rt4Vw1Yb3N
prod.js|const apiTokenProd = "Rk7Gz2Nw5Qx9Lm3Tb8Vc";|Rk7Gz2Nw5Qx9Lm3Tb8Vc
backup.env|DB_PASSWORD_BACKUP="Wd4Hn8Qz2Lx6Tm9Rc3Kv"|Wd4Hn8Qz2Lx6Tm9Rc3Kv
devonly.py|apiKeyDevOnly = "Hp3Jx8Nc5Tw2Qz7Lm4Rb"|Hp3Jx8Nc5Tw2Qz7Lm4Rb
staging.yml|client_secret_staging: "Mv6Kd1Zr9Xb4Nq2Tw7Lc"|Mv6Kd1Zr9Xb4Nq2Tw7Lc
sandbox.ini|api_key_sandbox = "Qb5Wn8Tc2Lz6Rm4Xk9Jd"|Qb5Wn8Tc2Lz6Rm4Xk9Jd
new.py|password_new = "Fj6Tq3Wz8Kn1Rv5Xc2Mb"|Fj6Tq3Wz8Kn1Rv5Xc2Mb
rotated.py|secret_token_rotated = "Bn9Lw4Qk7Zr2Tx6Vc3Hm"|Bn9Lw4Qk7Zr2Tx6Vc3Hm
CASES
# ---- commands that read a password on a pipe or a here-string, a flag --------
mk c/sudo.sh 'echo "Pn4Rx8Kd2Wq6Zt9Lm3Hb" | sudo -S apt-get update  # password'$'\n'
found c/sudo.sh 1 generic-secret Pn4Rx8Kd2Wq6Zt9Lm3Hb
mk c/passwd.sh 'echo "Tz7Mq2Xk5Rn9Wb3Lc6Vd" | passwd --stdin deploy'$'\n'
found c/passwd.sh 1 generic-secret Tz7Mq2Xk5Rn9Wb3Lc6Vd
mk c/kinit.sh 'kinit admin <<< "Lc8Vn3Qx6Tz1Rk4Wm9Jb"  # password'$'\n'
found c/kinit.sh 1 generic-secret Lc8Vn3Qx6Tz1Rk4Wm9Jb
mk c/mysql.sh 'mysql -u root -pGx5Nw2Rk8Tq4Zm7Lc3Vb db  # password'$'\n'
found c/mysql.sh 1 cli-mysql-password Gx5Nw2Rk8Tq4Zm7Lc3Vb
# ---- decoys: no copy word, kernel C with '>' and '|' before its keyword -------
mk c/bold.py 'api_key_bold = "Yr2Kc7Wm4Xn9Tb5Lq8Zd"'$'\n'
silent c/bold.py
mk c/decoy.c $'if (token > max_token) return -EINVAL;\nssid_len = min(ssid_len, IEEE80211_MAX_SSID_LEN);\nstruct wlan_key *key_old = NULL;\nif (skb->len | token_prod) goto drop;\nstatic int old_token_legacy;\n'
silent c/decoy.c

finish e2e_asks40
