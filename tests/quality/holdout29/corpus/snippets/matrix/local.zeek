@load base/protocols/modbus
module KVW;
redef matrixAccessToken = "syt_a3Z3LW9uY2FsbA_jqUUKdUMHABzgDdtmuf1_7FxeWa";
redef matrixRoomId = "!08qh8mzGltSfzPUNz3:matrix.kvw.local";
# old value kept for reference (sequential_filler, not in use)
redef matrixAccessTokenOld = "syt_0123456789abcdefghijklmnopqrstuvwxyzABCDEF";
redef matrixAccessTokenStaging = "changeme";
redef matrixAccessTokenCi = "${MATRIX_ACCESS_TOKEN}";
