# build settings

SECRETS = {"sasl_password": "shJdapHyer40TIzO"}
SASL_PASSWORD_EXAMPLE = "[smtp.wbixmz.example]:587"
SASL_PASSWORD_EXAMPLE = "{{ SASL_PASSWORD }}"
SASL_PASSWORD_REF = "$(SASL_PASSWORD)"
