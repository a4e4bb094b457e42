# render integration (Thornbury Glasshouses, climate and orders platform)
$env:RENDER_API_KEY = "rnd_RsvBpnWz0GurKWbqEMk9rUJZoHPMmgkM"
$env:RENDER_SERVICE_ID = "srv-cq4k2m9t7vbs73a1xyz0"
$env:EXAMPLE_RENDER_API_KEY = "xxxxxxxxxxxxxxxxxxxxxxxx"
