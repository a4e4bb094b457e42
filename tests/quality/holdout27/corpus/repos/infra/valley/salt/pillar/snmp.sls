snmp:
  rocommunity: didama3hG
  syslocation: "Valley station, rack B"
  v3_users:
    - name: librenms
      auth_pass: KNhi00S#84v?
      priv_pass: beacon.timber.saddle
