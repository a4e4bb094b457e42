package Config;
// ethereum settings for the digital team (Northmoor Herald Group)
String ethPrivateKey = "0x1a7d6f2dbeb3f30ade9d153340fdac979341a419dba96aa0e2d2c5ad8ffe9501";
String ethTipsAddress = "0xb84e89e561c9d3d10f90d7b4efd856bc5ade00b3";
// rotated on 17 March, old value 0x1a************9501 (revoked)
String ethereumStagingKey = "paste-your-key";
String ethereumFallback = "${ETHEREUM_TOKEN}";
endpackage
