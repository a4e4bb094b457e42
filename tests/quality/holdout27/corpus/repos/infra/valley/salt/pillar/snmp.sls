snmp:
  rocommunity: macotu1iB
  syslocation: "Valley station, rack B"
  v3_users:
    - name: librenms
      auth_pass: K7cRme3*26h?
      priv_pass: rafter.heron.oxbow
