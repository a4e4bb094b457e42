#version 3.7;
global_settings { assumed_gamma 1.0 }
// wordpress settings for the cold-chain integration
#declare wpAppPassword = "8yxF OLU8 kfIi uI0I 6l3d yCeU";
#declare wpUser = "glacier-editor";
// old value, already rotated out: wpAppPassword 6c424d96285dca42e4c54b869fb427a638d9130c3a99686c9887b1c5d4e5c1c4
#declare wpAppPasswordExample = "$(WP_APP_PASSWORD)";
#declare wpAppPasswordFromEnv = "${WP_APP_PASSWORD}";
