$dopplerProject = "climate-control"
$oldDopplerToken = "dp.s************2qNb"
$dopplerToken = "<DOPPLER_TOKEN>"
