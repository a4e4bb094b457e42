-- mount the studio share at login
set sharePass to "Anouk_clover_1968"
mount volume "smb://studio.fernhill.lan/projects" as user name "editor" with password sharePass
display notification "mounted" with title "Studio"
