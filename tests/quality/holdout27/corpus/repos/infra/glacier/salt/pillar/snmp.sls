snmp:
  rocommunity: cacabe3aC
  syslocation: "Glacier station, rack B"
  v3_users:
    - name: librenms
      auth_pass: XX96ov6*66i!
      priv_pass: cornice.yodel.quince
