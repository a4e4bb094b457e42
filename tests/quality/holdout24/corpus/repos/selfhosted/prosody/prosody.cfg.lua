VirtualHost "xmpp.brackenfield.example"
component_secret = "1KER?jh}Lg%p_eK.J0I"
storage = "sql"
sql = { driver = "PostgreSQL", database = "prosody", username = "prosody", password = "harbor_glacier_60", host = "pg-tools.internal" }
