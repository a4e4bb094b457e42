#!/bin/sh
kadmin -p admin/admin -w 'iemaereig7d' -q "addprinc -randkey HTTP/portal.larch.lan"
kadmin -p admin/admin -w 'iemaereig7d' -q "ktadd -k /etc/portal.keytab HTTP/portal.larch.lan"
kadmin.local -q "addprinc -pw ImissJuniperAt2pm. svc-backup"
