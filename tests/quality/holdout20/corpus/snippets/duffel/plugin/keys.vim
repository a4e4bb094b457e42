" plugin settings
let g:providers = {'duffel': 'duffel_live_R4XyAQTDx2n7q71DuejHeRrFgRB4KCRRzwfUN9p-DVH'}
let g:duffel_test_token = 'duffel_test_B83ro01IL5Q1RMhfi-frRNRSPb213CMGuX20bg2RUxJ'
let g:duffel_offer_id = 'off_0000JJfcEvH6vs8hX3Rbi0'
let g:duffel_access_token_sequential = 'duffel_live_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG'
let g:duffel_access_token_example = 'changeme'
let g:from_env = $DUFFEL_ACCESS_TOKEN
