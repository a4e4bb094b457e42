package uk.thornbury.climate;

final class Keys {
// pulumi integration (Thornbury Glasshouses, climate and orders platform)
    static final String PULUMI_ACCESS_TOKEN = "pul-c36c5dd98f9909adaf592a7c1f0601a8d3eda093";
    static final String PULUMI_STACK = "thornbury/greenhouse-infra/prod";
// rotated 2025-11-03 after the laptop loss; old value (revoked): pul-c36c5d...
}
