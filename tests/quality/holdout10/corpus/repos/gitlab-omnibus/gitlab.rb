external_url 'https://git.acme.example'
gitlab_rails['initial_root_password'] = "2JhifKnvbQcatt-f4o"
gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_user_name'] = "postmaster@mg.acme.example"
gitlab_rails['smtp_password'] = "NcNySF0Ua1U7xV_1R3"
gitlab_rails['db_password'] = "8tx9yZtmaqWZsn.J1H"
# gitlab_rails['ldap_servers'] = { 'main' => { 'password' => '<bind-password>' } }
gitlab_rails['omniauth_providers'] = [
  { name: "github", app_id: "Iv1.0ce5400ee06fbc36", app_secret: "a4596887ea23cfc09cf431f83e22c4f630fcadfe" }
]
gitlab_rails['initial_shared_runners_registration_token'] = "glrt-n62VdOyDn_Ynj9Y3ILWN"
registry['notifications'] = [{ 'headers' => { 'Authorization' => ['Bearer oqyIUH5QPoDJKEsCgfYZKLIfT9R8hXU8'] } }]
