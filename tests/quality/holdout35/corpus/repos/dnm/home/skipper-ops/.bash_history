ls -la
cd /srv/auction
mysql -u root -p'O8Lody@@dmWDugG%XSbN' auction
export GITHUB_TOKEN=ghp_OSGh6ANyPAfQuRN2phWiJqLUTLodaJnxo4j0
gh release download v2.3.1
curl -u admin:7j97U4O4NWAmGf8EPrOmOgEr1uXwC8w0 http://scale.dnm.smfc.internal:8080/api/tare
docker login registry.smfc.internal -u deploy -p Barnacle@111
git log --oneline | head
git checkout 1e0ce2f66944cbd12111cf7319dc67b34b775b84
history | grep passw
