doctl auth init -t doo_v1_9ed53f18b08cce3e350164d3053e309af4863c9359a3b93c3fcb5808b8032c5c
export VAULT_TOKEN=hvb._UqoUZgmnk7bqBgv8PUMfWsh-lGM7XJrzz8xvTgSfc6Fb88OTG1ukJ8-sAJb6C8KIzuqKtS_nJFKJtMjAvs4EB5Hu6PoZ0XEkg7EBhLZwOvdoIdvCrx6-7fTNZK-Uu0uOLTq6YZLK4
vault kv get secret/prod/db
curl -X GET "https://api.cloudflare.com/client/v4/zones" -H "X-Auth-Email: ops@tallyhub.example" -H "X-Auth-Key: 15558d8170514d13ecac3e86632c276d4327a"
rancher login https://rancher.tallyhub.example --token token-tz4cf:5vvyrveqitq8oloeoalnwgapjuy3fqz6siwd599sssdqyoqr5r0gjq
oc login --token=sha256~2kB7AjPdBNHlCvlWuY8eGOkMn99GrsmPg-HzV6walQl --server=https://api.okd.tallyhub.example:6443
ls -la /etc/ssl/private
