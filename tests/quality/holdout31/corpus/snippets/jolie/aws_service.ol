from console import Console
// aws settings for the cold-chain integration
constants { AWS_ACCESS_KEY_ID_B64 = "QUtJQU1KVExGVUs2S01JM0JSNU8=" }
constants { AWS_SECRET_ACCESS_KEY = "CiIUgGLHp5w2Ry60pOT3vco0Jka6bkE+KFnX9MOV" }
constants { AWS_ACCOUNT_ID = "986451726577" }
// deactivated in the console, kept for reference only: AWS_ACCESS_KEY_ID AKIA************BR5O
constants { AWS_ACCESS_KEY_ID_EXAMPLE = "not-set" }
constants { AWS_ACCESS_KEY_ID_FROM_ENV = "${AWS_ACCESS_KEY_ID}" }
service Main { main { nullProcess } }
