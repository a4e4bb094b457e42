http.DefaultRequestHeaders.Add("X-Api-Key", "CCIPAT_nxYngq1Gvu7DFGOtPsrQYn_40e7934a59a7daa4fad0758caed4e61e655de7b0");
