;;; init-secrets.el
(setenv "GRAFANA_SA_TOKEN" "glsa_iLlzOdiIrUvvD9pbSNv4NhbH6N7JSuel_3a050ea4")
(setq grafana-api-token "glc_Em57f4KaiM8yweKBD6r4r5NSqJsLO21E2PAe33QieLEe9IqXiuESSrdZxBORf3lyL+CQBQfjiWiddLK866GzunqtipNP27yMwbKUzy5SdS9r/4wr+XryZ/Nz")
(defvar grafana-dashboard-uid "shC6lkcmf")
(defvar grafana-stack-id "952373")
(defvar grafana-token (getenv "GRAFANA_TOKEN"))
