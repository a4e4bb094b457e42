package com.example.keys;

class Keys {
    static final String SOPS_AGE_KEY = "AGE-SECRET-KEY-16U2NPNPKYLQ4QM3Z8JUMAA6L9GRK8GKCFQD06MUJ307Q3YZV9PZ6XGNFVZ";
    static final String SOPS_AGE_RECIPIENTS = "age1tjqr53j9edgdaetk3aclkqsyvvjvazwm4fpc4l4me987a42qls8xlu9dlm";
    static final String SOPS_AGE_KEY_FILE = "~/.config/sops/age/keys.txt";
    static final String SOPS_AGE_API_KEY = System.getenv("SOPS_AGE_API_KEY");
}
