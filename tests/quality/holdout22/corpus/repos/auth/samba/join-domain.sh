#!/bin/bash
set -e
realm discover LARCH.LAN
net ads join -U 'administrator%pepper201063' createcomputer="Servers/Linux"
echo -e "a3200148dcabb6c6f72e253dda9b3501\na3200148dcabb6c6f72e253dda9b3501" | smbpasswd -s -a scanner
systemctl restart smbd winbind
