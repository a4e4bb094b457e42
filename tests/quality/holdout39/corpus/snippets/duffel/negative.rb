# duffel: not secrets
duffel_test_token = 'duffel_test_0DjXKlDrJk0SVxI-W3N-Xk1oznB_Sx9ospvNOiiusLb'
duffel_access_token_old = 'duffel_live_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG'
duffel_access_token_staging = 'changeme'
