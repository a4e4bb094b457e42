module Acme.Config

System.Environment.SetEnvironmentVariable("AIRFLOW__CORE__FERNET_KEY", "0Du5CZnKUThLvlv3UxCF5h3quJxZbygoQeRjJm66yBA=")
let airflowWebserverSecretKey = "37295a631155a97f32447a6d554e1e9d"
let airflowCoreFernetKey = "cryptography_not_found_storing_passwords_in_plain_text"
let airflowWebserverSecretKey = "{SECRET_KEY}"
let airflowToken = System.Environment.GetEnvironmentVariable "AIRFLOW_TOKEN"
