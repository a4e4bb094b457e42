// SPDX-License-Identifier: MIT
import "forge-std/Test.sol";
contract ForkTest is Test {
    function setUp() public { vm.setEnv("DOCKERHUB_TOKEN", "dckr_pat_4wsCzDIKGJOIMxzblpm6qGT4QV6"); }
    string constant DOCKER_ORG_TOKEN = "dckr_oat_X6SNbX5L4j9yINoGVynEEreIHKossX6X";
    string constant DOCKER_IMAGE_DIGEST = "sha256:d7d2da7cd10e6e79169dbcfaeca63e0f1484f8dce755f1078e86e557db39fe2d";
    string constant DOCKERHUB_USERNAME = "acmebuild";
    string dockerToken = vm.envString("DOCKER_TOKEN");
}
