// SPDX-License-Identifier: MIT
import "forge-std/Test.sol";
contract ForkTest is Test {
    string constant LLAMA_CLOUD_API_KEY = "llx-EErtAfrFh41dz4rTMyhd769667yvOVch5sUJ3Gyn4WzWHmDk";
    function setUp() public { vm.setEnv("LLAMA_CLOUD_API_KEY", "llx-KTRQShnnxKon8Tl9w1EZT8q98OgTCLRXdjAtDpMxCcq47Pvr"); }
    string constant LLAMA_CLOUD_PROJECT_ID = "a7b485b0-5b9b-4185-a175-cb414b2b1b84";
    string constant LLAMA_CLOUD_API_KEY = "llx-...";
    string llamaCloudToken = vm.envString("LLAMA_CLOUD_TOKEN");
}
