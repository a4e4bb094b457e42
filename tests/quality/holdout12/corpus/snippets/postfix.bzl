# build settings

SECRETS = {"sasl_password": "iA22QtYzdYSlDrnj"}
SASL_PASSWORD_EXAMPLE = "[smtp.kxmoxu.example]:587"
SASL_PASSWORD_EXAMPLE = "{{ SASL_PASSWORD }}"
SASL_PASSWORD_REF = "$(SASL_PASSWORD)"
