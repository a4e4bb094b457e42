import Config

config :ats, :resend_api_key, "re_1uzbU36m_sIlErqaLpIfoPc3zY8MSMyH1"
config :ats, :resend_api_key_sha256_of_key, "5a1c8c716bae274f8f6a09403554c90fe23cc35e70c2b265cd80972cb693f7c2"
