(* service credentials *)

let tencentcloud_cfg = { endpoint = "https://api.tencentcloud.example"; key = "AKIDYT8U05OKxDNQSuNitK2YEesI1t9pi9og" }
let tencentcloud_secret_key = "wXrQrezlhw8bCZPxJt4w7MKYjQXyqVll"
let tencentcloud_app_id = "1257696014"
let tencentcloud_secret_id_truncated = "AKIDYT8U05..."
let tencentcloud_secret_id_example = "{{ secrets.TENCENTCLOUD_SECRET_ID }}"
let tencentcloud_secret_id_env = Sys.getenv_opt "TENCENTCLOUD_SECRET_ID"
