// SPDX-License-Identifier: MIT
import "forge-std/Test.sol";
contract ForkTest is Test {
    function setUp() public { vm.setEnv("RENDER_API_KEY", "rnd_3Yt3UMZoDWQG0lEdLXhGCLVGZjmfxTP1"); }
    string constant RENDER_API_KEY = "rnd_I8msVCM9YEKwHoh4uGHbWi8qXOGfM5TZ";
    string constant RENDER_SERVICE_ID = "srv-5qgve04b0raof8c4377v";
    string constant RENDER_OWNER = "tea-46v1x7s6r6o1fbfm13cw";
    string renderToken = vm.envString("RENDER_TOKEN");
}
