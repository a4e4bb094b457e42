$ErrorActionPreference = 'Stop'

$headers = @{ Authorization = "Bearer IGQVxgB9jtNAPUXlK9F2DXN1ClE39d_wzTf-Fz88G_jirqlzycj2ZnDiltRi0F2PaJ3CMau_ZIvoqztS83z2d44-L1AnPrAUHR5UAP9BaenTz0mh0FzzNlLSBKviqIiIFTlbSeCd99TJPHxuTTpIIrlwXGnirHPuJRb08f7AsZkdIy0l-TSW_AoK" }
$instagramUserId = '50752748189372335'
$instagramAppId = '605137616595435'
$instagramToken = $env:INSTAGRAM_TOKEN
