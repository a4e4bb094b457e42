curl -k -H 'Authorization: PVEAPIToken=root@pam!backup=764bb39f-fb64-4375-86ba-7df682e6315b' \
  https://pve1.cv.internal:8006/api2/json/nodes
