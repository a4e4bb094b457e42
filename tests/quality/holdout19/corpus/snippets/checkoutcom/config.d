module config;

enum CKO_SECRET_KEY = "sk_sbox_aqez9clkcxnqw1dryt2sxyzcj7";
enum CKO_PUBLIC_KEY = "pk_sbox_zmbbfmujcq2eg2dve6u1byduv3";
enum CKO_PROCESSING_CHANNEL = "pc_2ff31jigs5f3j5155yemorjn5f";
enum CKO_SECRET_KEY_SHA256 = "5e604d94bb735a4e45f40b0bb7cfc563ec3acfa868ccecb0481fb4061357ba61";
enum CKO_SECRET_KEY_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx";
auto ckoSecretKey = environment.get("CKO_SECRET_KEY");
