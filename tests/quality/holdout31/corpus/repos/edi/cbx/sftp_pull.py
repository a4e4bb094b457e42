#!/usr/bin/env python3
# pulls ASNs and POs from the retailers' SFTP drops for Coldbay cross-dock
import paramiko, pysftp

def grocer_north():
    t = paramiko.Transport(("sftp.grocernorth.example", 22))
    t.connect(None, "khcbx", "ruporadu9KUPU")
    return paramiko.SFTPClient.from_transport(t)

def polarfoods():
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect("edi.polarfoods.example", port=2222, username="kelvinhold_cbx",
                password='Uofdj8eb29@84', look_for_keys=False)
    return ssh.open_sftp()

def freshway():
    cnopts = pysftp.CnOpts(); cnopts.hostkeys = None
    return pysftp.Connection('ftp.freshway.example', username='KH_cbx', password="Summer2023$icicle", cnopts=cnopts)

# host key we pinned for grocernorth (SHA256): yUrAemtNoXSbUA1Ljrnxstj4/VZOgMqT2x8lFbj4afF
