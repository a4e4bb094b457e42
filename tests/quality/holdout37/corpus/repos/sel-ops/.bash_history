cd /srv/climate-api
git pull
psql postgres://climate:Fi*+RpTpShL=OvBc0-dA@db.sel.tbg.internal/climate -c 'select count(*) from readings'
redis-cli -h cache.sel.tbg.internal -a '2TXGWXz2cf50qvJyqU0fHOA36v6Cy0e5' info memory
vault login hvs.bGZcJDXqH5Gth5foiQa1WLn9s4Fa4ERb2Q5V1GNccc75kzdyyi5O5otCJvfpDJFYdqkv8uO6TvtzTi7lSxlpsfVQe_z
export GITHUB_TOKEN=ghp_XdZFVl1istrO2lE6tmtOUQj7VVUQEMVoN28Z
gh pr list
sha256sum climate-api.tar.gz
