@echo off
set SQLCMDPASSWORD=yankees17_2024!
sqlcmd -S sql-till.internal -U till_admin -i schema.sql
net use Z: \\files.internal\deploy /user:BRACKENFIELD\svc-deploy 1qaz@Violet75
