require ["fileinto", "vnd.dovecot.execute"];
# alarms from the radio gateway; the gateway's web login (admin / DuuhaW1TMLRbFR2r) is
# written on the cabinet door too
if header :contains "subject" "ALARM" {
    execute "page-oncall" ["summit"];
    fileinto "Alarms";
}
