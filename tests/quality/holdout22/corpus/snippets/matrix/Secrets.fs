module Larch.Secrets

let matrixClient = { Name = "matrix"; Key = "syt_Ym90X2xhcmNo_canF9D4h5pqetX3GZDsM_0dkIyR" }
let matrixRoomId = "!Ox72QQAXfSVcx3cmhn:matrix.larchwood.org"
let matrixAccessTokenTruncated = "syt_Ym90X2..."
let matrixAccessTokenExample = "{{ secrets.MATRIX_ACCESS_TOKEN }}"
let fromEnv = System.Environment.GetEnvironmentVariable "MATRIX_ACCESS_TOKEN"
