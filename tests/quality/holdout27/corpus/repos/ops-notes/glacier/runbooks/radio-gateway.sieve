require ["fileinto", "vnd.dovecot.execute"];
# alarms from the radio gateway; the gateway's web login (admin / dune-gravel-thistle-cobble) is
# written on the cabinet door too
if header :contains "subject" "ALARM" {
    execute "page-oncall" ["glacier"];
    fileinto "Alarms";
}
