ls -la
cd /srv/auction
mysql -u root -p'pilot-bluefin-49' auction
export GITHUB_TOKEN=ghp_pt1BrF9Cz5UY2MGaUIuWGQd3jjWxYmEwauNK
gh release download v2.3.1
curl -u admin:MHt@3pkrlvA5MnQai_7t http://scale.khv.smfc.internal:8080/api/tare
docker login registry.smfc.internal -u deploy -p FB3QrtMt0gA9y1NUGZuMcS1vVlzxLCkM
git log --oneline | head
git checkout ffd108cf9fb50616fe1ec8647f805c3792de5891
history | grep passw
