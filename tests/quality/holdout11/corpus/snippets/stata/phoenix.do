* phoenix credentials (fake values)
global secret_key_base "Bbrblh6kN9ax1hSRGiAixyhErP32lEDwHCfs45WchBBdbQ4Lpf2nUQHSP+hFpCrZ"
!curl -H "X-Api-Key: gtNF+GJ8xNxcysc7bAgJBVWclM68xvRCzVSCKXP+6kNwEfngHj5Tma2UiMVrP6pK" https://api.phoenix.example/export
global phoenix_signing_salt "x9UPNIGZ"
global secret_key_base_masked "Bbrblh...pCrZ"
local key : env SECRET_KEY_BASE
global secret_key_base_from_env "${SECRET_KEY_BASE}"
