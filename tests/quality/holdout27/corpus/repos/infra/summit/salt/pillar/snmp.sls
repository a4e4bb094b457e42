snmp:
  rocommunity: kamiso8iH
  syslocation: "Summit station, rack B"
  v3_users:
    - name: librenms
      auth_pass: NNDVXKm&95a?
      priv_pass: lantern.spruce.summit
