#!/usr/bin/env python3
# pulls ASNs and POs from the retailers' SFTP drops for Rimedge port depot
import paramiko, pysftp

def grocer_north():
    t = paramiko.Transport(("sftp.grocernorth.example", 22))
    t.connect(None, "khrim", "gavudala3PALU")
    return paramiko.SFTPClient.from_transport(t)

def polarfoods():
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect("edi.polarfoods.example", port=2222, username="kelvinhold_rim",
                password='F82t3e25fn&60', look_for_keys=False)
    return ssh.open_sftp()

def freshway():
    cnopts = pysftp.CnOpts(); cnopts.hostkeys = None
    return pysftp.Connection('ftp.freshway.example', username='KH_rim', password="Summer2025$pepper", cnopts=cnopts)

# host key we pinned for grocernorth (SHA256): 5ABxdr7r40tI1ySsHGQ3cVRGC0NkKEeQBXWHinSdJa3
