model PumpStation
  parameter String npmToken = "npm_7dUJpevvMpxdwJ6VjNyNCNIDix7ajDbQ9xvf";
  // old value kept for reference (truncated, not in use)
  parameter String npmTokenOld = "npm_7dUJpe...";
  parameter String npmTokenStaging = "${NPM_TOKEN}";
  parameter String npmTokenCi = "${NPM_TOKEN}";
end PumpStation;
