;; hy settings
(setv keys {"prefect" "pnu_8ru6b75OkE9l9VXqBNy9IKZQLss4IHZShB2u"})
(setv PREFECT_WORKSPACE_ID "211bb239-10c5-4222-9c46-d75bbfddb99d")
(setv PREFECT_API_KEY_SHA256 "8d7832d61f00cb932c9802950cb350797574c259bf1357342adb5589de1a39f2")
(setv PREFECT_API_KEY_EXAMPLE "xxxxxxxxxxxxxxxxxxxxxxxx")
(os.getenv "PREFECT_API_KEY")
