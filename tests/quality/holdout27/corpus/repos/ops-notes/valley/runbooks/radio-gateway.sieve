require ["fileinto", "vnd.dovecot.execute"];
# alarms from the radio gateway; the gateway's web login (admin / Dun3sl3dg3!) is
# written on the cabinet door too
if header :contains "subject" "ALARM" {
    execute "page-oncall" ["valley"];
    fileinto "Alarms";
}
