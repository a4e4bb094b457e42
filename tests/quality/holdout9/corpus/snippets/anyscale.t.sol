// SPDX-License-Identifier: MIT
import "forge-std/Test.sol";
contract ForkTest is Test {
    string constant ANYSCALE_API_KEY = "esecret_hr3lxqno0g976mq1cud59vvef1";
    function setUp() public { vm.setEnv("ANYSCALE_API_KEY", "esecret_jc0thu0bmpz0ez6yq8epzpx6t1"); }
    string constant ANYSCALE_API_KEY = "esecret_XXXXXXXXXXXXXXXX";
    string constant ANYSCALE_CLOUD_ID = "cld_gfms16yzdkpgty324ccykjs6";
    string anyscaleToken = vm.envString("ANYSCALE_TOKEN");
}
