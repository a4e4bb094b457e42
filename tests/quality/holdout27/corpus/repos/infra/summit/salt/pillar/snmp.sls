snmp:
  rocommunity: sihuhu5iC
  syslocation: "Summit station, rack B"
  v3_users:
    - name: librenms
      auth_pass: SOanqz6@24t!
      priv_pass: larch.lichen.spruce
