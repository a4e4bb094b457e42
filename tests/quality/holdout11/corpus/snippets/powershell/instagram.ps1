# instagram credentials (fake values)
$env:INSTAGRAM_ACCESS_TOKEN = 'IGQWRCheiksqnwMLty7UG9jtxf-XMG_zYzyvzSl3cNrCIyjIQWRT9AzUvtF8t0oYwUz5-eH2n7tdwesMLOJXqtZJGwmViZ0zcSTnBdwafyqnid3chiXGIznkbPLAA_yfZfAOTmm_l5wU7q7uUH7aI_6eZFqfNxaIvT1WuH-3rn3wd8BwjclIJjAwJ'
Invoke-RestMethod -Uri $uri -Headers @{ Authorization = 'Bearer IGAATod9JSS9pr8qTdGihyBBbLn7Ynhrnfv89JkApI6cGK7eBuouUgC9tqvjtAkCuCSEwBoXcoYItHrr2eVJpeP1KWablsH1uE9lpNnRlzSrCTSbsbBnPQb95h0QQRsbZ5PuMxJYQIROPdNTju0XCPiPUa' }
$env:INSTAGRAM_APP_ID = '250711095373302'
$env:INSTAGRAM_ACCESS_TOKEN_MASKED = 'IGQWRC...jAwJ'
$key = [Environment]::GetEnvironmentVariable('INSTAGRAM_ACCESS_TOKEN')
$env:INSTAGRAM_ACCESS_TOKEN_FROM_ENV = '${INSTAGRAM_ACCESS_TOKEN}'
