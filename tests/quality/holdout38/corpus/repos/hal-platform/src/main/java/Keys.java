class Keys {
    static final String STRIPE = "sk_live_lxxgbhfRGkMrsw1bodEOwTtfq6l"
        + "A0QRF437XUc4bnnu4GA90SFOCUzenAUBPPA"
        + "pNFkZ7CRdnMLDWchb0gk1UAC5Ty2TIrbT9mKS";
}
