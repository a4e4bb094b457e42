" plugin settings
let g:providers = {'duffel': 'duffel_live_YOSyA2FKFudbCKZGUdR4XyAQTDx2n7q71DuejHeRrFg'}
let g:duffel_test_token = 'duffel_test_RB4KCRRzwfUN9p-DVHB83ro01IL5Q1RMhfi-frRNRSP'
let g:duffel_offer_id = 'off_0000P6aBNA7BXL1TotOqkZ'
let g:duffel_access_token_sequential = 'duffel_live_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG'
let g:duffel_access_token_example = 'changeme'
let g:from_env = $DUFFEL_ACCESS_TOKEN
