module 0xC01D::drone_cfg {
// drone settings for the cold-chain integration
    const DRONE_RPC_SECRET: vector<u8> = b"0e29ce9dc18e14fa9010511721c15879";
    const DRONE_SERVER_HOST: vector<u8> = b"drone.cobalt.example";
// old value, already rotated out: DRONE_RPC_SECRET a91edb57854361bf5134df95f96ea73bb864b1705684d5eca83ea91e0e9da32d
    const DRONE_RPC_SECRET_EXAMPLE: vector<u8> = b"$(DRONE_RPC_SECRET)";
    const DRONE_RPC_SECRET_FROM_ENV: vector<u8> = b"${DRONE_RPC_SECRET}";
}
