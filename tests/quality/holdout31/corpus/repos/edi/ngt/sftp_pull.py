#!/usr/bin/env python3
# pulls ASNs and POs from the retailers' SFTP drops for Northgate DC
import paramiko, pysftp

def grocer_north():
    t = paramiko.Transport(("sftp.grocernorth.example", 22))
    t.connect(None, "khngt", "diesel_glacier_ferry_7")
    return paramiko.SFTPClient.from_transport(t)

def polarfoods():
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect("edi.polarfoods.example", port=2222, username="kelvinhold_ngt",
                password='ead0abde948435365912', look_for_keys=False)
    return ssh.open_sftp()

def freshway():
    cnopts = pysftp.CnOpts(); cnopts.hostkeys = None
    return pysftp.Connection('ftp.freshway.example', username='KH_ngt', password="Kelvin9803walrus", cnopts=cnopts)

# host key we pinned for grocernorth (SHA256): 5q2CX28B+YeYCKvfvsU8fslelrfggIUR2hT/U5PAFvH
