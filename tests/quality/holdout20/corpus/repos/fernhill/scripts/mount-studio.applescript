-- mount the studio share at login
set sharePass to "biscuit.meadow.velvet.1"
mount volume "smb://studio.fernhill.lan/projects" as user name "editor" with password sharePass
display notification "mounted" with title "Studio"
