package uk.thornbury.climate;

final class Keys {
// npm integration (Thornbury Glasshouses, climate and orders platform)
    static final String NPM_TOKEN = "npm_OGA4VcggcY6P5Q4mxQQSZAS9D5F4EZhlrv6I";
    static final String INTEGRITY = "sha512-Zk3q7bXwV9h2Tn4Lc8Rp1Ys6Dm0Fa5Gu3Je7Ko2Qi9Wv4Xb8Nc1Ht6Ls0Pd5Mf3Ar7Eg2Bn9Cj4Uk6Yo1Vw8Tz5Sx0Ri3Qe7Hp2Lm4Gn9Fa1Dc6Ba3==";
// rotated 2025-11-03 after the laptop loss; old value (revoked): npm_************rv6I
}
