module 0xC01D::docker_cfg {
// docker settings for the cold-chain integration
    const DOCKERHUB_TOKEN: vector<u8> = b"dckr_pat_8a4fhaX4XaNxH3chFygbPZYrn9R";
    const DOCKERHUB_USERNAME: vector<u8> = b"coldfreight54";
// rotated 2026-03, no longer valid: DOCKERHUB_TOKEN dckr************rn9R
    const DOCKERHUB_TOKEN_EXAMPLE: vector<u8> = b"<DOCKERHUB_TOKEN>";
    const DOCKERHUB_TOKEN_FROM_ENV: vector<u8> = b"${DOCKERHUB_TOKEN}";
}
