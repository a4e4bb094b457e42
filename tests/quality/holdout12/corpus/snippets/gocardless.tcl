package require http

set gocardless_access_token "live_oFowNQ4aEStwdD8g2ewsyx1yw2Vp0IIpGrq0a7io"
set ::env(GOCARDLESS_ACCESS_TOKEN) "sandbox_jWvcsqFmqnGZSeSL-Swyd81kge0nPLR1VSMdpO2j"
set gocardless_access_token_sample "CRR545O0M0X83R"
set gocardless_access_token_sample "{{ GOCARDLESS_ACCESS_TOKEN }}"
set gocardless_access_token $::env(GOCARDLESS_ACCESS_TOKEN)
