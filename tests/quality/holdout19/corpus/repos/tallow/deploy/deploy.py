from pyinfra.operations import files, server

server.user(name="Create deploy user", user="deploy", password="$2b$12$4QQ7M8CusIpEyU5wqAPe2eRejNy3WtqQO.WbFS8K5omSVlD0M3e7s")
files.template(
    name="Render app env",
    src="templates/env.j2",
    dest="/etc/tallow/env",
    db_password="Nectar&Violet#70",
    duffel_token="duffel_live_rMF3Ol9wB_jyFxufuWL_nNIV3VPyS8RzwXLXfRMna7h",
)
