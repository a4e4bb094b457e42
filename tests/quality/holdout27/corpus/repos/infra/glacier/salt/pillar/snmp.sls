snmp:
  rocommunity: hopeta3aG
  syslocation: "Glacier station, rack B"
  v3_users:
    - name: librenms
      auth_pass: Lu8FmUU#11m?
      priv_pass: mallow.upland.nimbus
