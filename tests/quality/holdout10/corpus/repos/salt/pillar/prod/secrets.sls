# rendered by gpg renderer in staging; plain here (prod migration pending)
mysql:
  server:
    root_password: NncC0vLiVS2tCT-40i
  replication_password: -----BEGIN PGP MESSAGE----- 5W8mJk8YK0/Q+KkNmRY7gSvtc8OSG4OvSOIqPsyaD7SmuDEj6soQPkixBNmb
apis:
  notion_token: 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
  notion_database_id: 8a273ac2b71af4bcd6af749e6066b5e1
  proxmox_api_token: PVEAPIToken=root@pam!ci=f5e65a11-3636-4b46-b4e5-30ee112356e7
  proxmox_token_id: root@pam!ci
  sendgrid_api_key: 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
  sendgrid_template: d-f91dbe26f715654b717c9ddad78af7ac
  ibmcloud_api_key: KWwvTdCxozXmlMCpKJSfm2RyOwrajWeYxp0TFtY7flgD
  ibmcloud_account: 7afd11c7d6cda6a4387c7c9a2cad11f3
  jina_api_key: jina_2b5e68b857529ed8b3f4fab7966f0d5dORYRlxzSu7e5AowEhGWgB35Sqqnf
  jina_model: jina-embeddings-v3
  customerio_app_api_key: 37546cdded5652b6cf8a577f567efde0
  customerio_site_id: 8c104768e4bf89615841
