/* REXX - push the nightly manifest to the customs broker */
host = 'sftp.customs-broker.example'
user = 'TLWM0041'
pass = 'Spring2026?'
"ALLOC F(OUT) DA('TLWM.MANIFEST') SHR"
say 'sending to' host
