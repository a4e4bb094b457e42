#version 3.7;
global_settings { assumed_gamma 1.0 }
// rclone settings for the cold-chain integration
#declare rcloneConfigPass = "Sreu3z44gm!85";
#declare rcloneRemote = "sledge-s3";
// old value, already rotated out: rcloneConfigPass 457ed9792331f01d0d99a600a32614c521967577c755d1d5a4ccd44719de96fe
#declare rcloneConfigPassExample = "$(RCLONE_CONFIG_PASS)";
#declare rcloneConfigPassFromEnv = "${RCLONE_CONFIG_PASS}";
